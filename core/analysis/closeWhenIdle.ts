import type { OpenedEngine } from '../engine/openEngine';

/** An opened pipeline whose engine can be closed at any time without stranding a running request. */
export interface IdleClosing {
  opened: OpenedEngine;
  /** Closes the engine now if nothing runs on it, else when the last running request settles. */
  close(): void;
}

/**
 * Counts the requests running on a SQL engine (and on its row source) so the cache can drop it
 * while an analysis still uses it: closing DuckDB during a query leaves that query's promise
 * pending forever, while a request made after the close fails at once with a clear error.
 */
export function closeWhenIdle(opened: OpenedEngine): IdleClosing {
  const engine = opened.engine;
  if (!engine.close) return { opened, close: () => undefined };
  let running = 0;
  let closing = false;
  let closed = false;
  const closeIfIdle = (): void => {
    if (!closing || closed || running > 0) return;
    closed = true;
    void engine.close?.().catch(() => undefined);
  };
  const track = (result: unknown): unknown => {
    if (!(result instanceof Promise)) return result;
    running++;
    return result.finally(() => {
      running--;
      closeIfIdle();
    });
  };
  return {
    opened: { ...opened, engine: counted(engine, track), rows: counted(opened.rows, track) },
    close: () => {
      closing = true;
      closeIfIdle();
    },
  };
}

/** `target` with every method call passed through `track`. */
function counted<T extends object>(target: T, track: (result: unknown) => unknown): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => track(Reflect.apply(value, object, args));
    },
  });
}
