import { rowTables } from '../engine/rowTables';
import type { OpenedPipeline } from './engineCache';
import { LineageIndex, RunIndex } from '../diagnose/lineage';
import { readRunsLog } from '../io/runsLog';

/**
 * One LineageIndex per loaded pipeline. Keyed by the engine cache's entry: the cache hands out
 * a new entry when a stage file's fingerprint changes, so a stale index is never found, and an
 * evicted entry's index is collected with it.
 */
export class LineageIndexes {
  private readonly indexes = new WeakMap<OpenedPipeline, Promise<LineageIndex>>();

  of(opened: OpenedPipeline, signal?: AbortSignal): Promise<LineageIndex> {
    const cached = this.indexes.get(opened);
    if (cached) return cached;
    const index = build(opened, signal);
    this.indexes.set(opened, index);
    index.catch(() => this.indexes.delete(opened));
    return index;
  }
}

async function build(opened: OpenedPipeline, signal: AbortSignal | undefined): Promise<LineageIndex> {
  const runs = opened.pipeline.runs ? new RunIndex((await readRunsLog(opened.pipeline.runs, signal)).runs) : undefined;
  return new LineageIndex(opened.pipeline, rowTables(opened, 'Record lineage'), runs);
}
