import type { PanelToHost } from '../../core/protocol';

type Handler<K extends PanelToHost['type']> = (message: Extract<PanelToHost, { type: K }>) => void | Promise<void>;

/** Messages only some panels send (the dashboard's distribution and the Stage Trace's lineage requests). */
type OptionalMessage = 'requestDistribution' | 'requestLineage';

/** What the host does for each message a panel may send. */
export type PanelHandlers = { [K in Exclude<PanelToHost['type'], OptionalMessage>]: Handler<K> } & { [K in OptionalMessage]?: Handler<K> };

/**
 * Checks a message from a webview before acting on it: webview content renders user data, so
 * the host trusts only well-formed messages of the known kinds.
 */
export function parsePanelMessage(value: unknown): PanelToHost | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'rerun':
    case 'cancel':
      return { type: m.type };
    case 'saveImage':
      if ((m.format === 'png' || m.format === 'svg') && typeof m.data === 'string' && typeof m.suggestedName === 'string') {
        return { type: 'saveImage', format: m.format, data: m.data, suggestedName: m.suggestedName };
      }
      return undefined;
    case 'copy':
      if ((m.format === 'csv' || m.format === 'json') && typeof m.text === 'string') return { type: 'copy', format: m.format, text: m.text };
      return undefined;
    case 'openFile':
      if (typeof m.path !== 'string' || !m.path) return undefined;
      return { type: 'openFile', path: m.path, line: typeof m.line === 'number' && m.line >= 1 ? Math.floor(m.line) : undefined };
    case 'requestDistribution':
      if (typeof m.stage !== 'string' || typeof m.column !== 'string' || !Number.isFinite(m.start) || !Number.isFinite(m.end)) return undefined;
      return { type: 'requestDistribution', stage: m.stage, column: m.column, start: m.start as number, end: m.end as number };
    case 'requestLineage':
      return typeof m.key === 'string' && m.key.trim() ? { type: 'requestLineage', key: m.key.trim() } : undefined;
    default:
      return undefined;
  }
}

/** Validates and dispatches; returns false for a message nobody handles. */
export async function routePanelMessage(value: unknown, handlers: PanelHandlers): Promise<boolean> {
  const message = parsePanelMessage(value);
  if (!message) return false;
  const handler = handlers[message.type] as ((m: PanelToHost) => void | Promise<void>) | undefined;
  if (!handler) return false;
  await handler(message);
  return true;
}

/** A file name without characters a save dialog would reject or that leave the folder. */
export function safeFileName(name: string, extension: string): string {
  const base = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'chart';
  return `${base.slice(0, 80)}.${extension}`;
}
