import { basename } from 'node:path';
import type { LineageResult, SliceDiffResult, SlicesResult, TimeBucketName, TraceResult } from '../../../core/protocol';
import type { LogTable } from '../../../core/io/logTable';
import type { EngineCache, OpenedPipeline } from '../../../core/analysis/engineCache';
import { findSlices } from '../../../core/diagnose/slices';
import { traceOpened } from '../../../core/diagnose/trace/traceOpened';
import { LineageIndex, RunIndex } from '../../../core/diagnose/lineage';
import { readRunsLog } from '../../../core/io/runsLog';
import { readLogFile } from '../../../core/io/readLogFile';
import { recordKeys, type KeyQuery } from './recordKeys';
import { sliceErrorSpec, type ErrorChoice } from './sliceErrorSpec';
import { openedSlices } from '../../../core/diagnose/slices/openedSlices';
import { isPipelineTarget } from '../../../core/io/openPipeline';
import { stageSliceDiff } from '../../../core/diagnose/slices/stageSliceDiff';
import { sliceDiffOptions, type SliceDiffCellOptions } from './sliceDiffOptions';

export interface SlicesCellOptions extends ErrorChoice {
  /** Slice by these columns (default: every other column except times, ids and constants). */
  features?: string[];
  maxLevel?: number;
  k?: number;
  alpha?: number;
  minSupport?: number;
  /** For a pipeline: only records whose event time is in [start, end) (epoch ms), as the Slice Explorer's cells pass. */
  start?: number;
  end?: number;
  /** The result's title for a table (default: the file name, or "table"). */
  name?: string;
}

export interface TraceCellOptions {
  bucket?: TimeBucketName;
  /** false skips performance and label lag (faster; label-lag incidents are then not seen). Default true, as the CLI. */
  performance?: boolean;
}

/** What a cell may pass to `sightline.slices`: a log file path, a pipeline (sightline.json or its folder) or a table. */
export type SliceData = string | LogTable;

/** The diagnosis half of the cell library: slices, what moved, trace, why, and example keys for `why`. */
export interface DiagnoseLibrary {
  /** The slices of `data` where the error is worst (SliceLine score, exact search, significance). */
  slices(data: SliceData, options?: SlicesCellOptions): Promise<SlicesResult>;
  /** What moved in a stage of a pipeline: the slices whose share of rows grew or shrank most from `reference` to `current`. */
  sliceDiff(target: string, options: SliceDiffCellOptions): Promise<SliceDiffResult>;
  /** The pipeline's alerts grouped into incidents: first stage and column, onset, record loss, runs. */
  trace(target: string, options?: TraceCellOptions): Promise<TraceResult>;
  /** One record, by key, through every stage: values, what changed, prediction, label, runs. */
  why(target: string, key: string | number): Promise<LineageResult>;
  /** Record keys of a stage, optionally within an event-time window, for `why`. */
  keys(target: string, query?: KeyQuery): Promise<string[]>;
}

export function diagnoseLibrary(path: (p: string) => string, cache: EngineCache): DiagnoseLibrary {
  // One key index per loaded pipeline: built on the first `why`, reused while the cache keeps the load.
  const lineages = new Map<string, { opened: OpenedPipeline; index: Promise<LineageIndex> }>();
  return {
    async slices(data, options = {}) {
      const { features, maxLevel, k, alpha, minSupport, start, end } = options;
      const file = typeof data === 'string' ? path(data) : undefined;
      if (file !== undefined && isPipelineTarget(file)) {
        if (hasErrorChoice(options)) throw new TypeError("a pipeline's error is its predictions against its labels; to slice by another error, pass a log file or a table");
        const opened = await cache.open(file);
        const result = await openedSlices(opened, { features, maxLevel, k, alpha, minSupport, start, end });
        // The error is a column of the joined table, not of the pipeline: a drill-down repeats the pipeline call instead.
        return { ...result, options: { ...result.options, errorSpec: undefined } };
      }
      if (start !== undefined || end !== undefined) throw new TypeError("start and end cut a pipeline's records by event time; filter a log file or table before slicing it");
      const { table, source, title } = await sliceInput(data, file);
      const errorSpec = sliceErrorSpec(table, options, source);
      return findSlices(table, errorSpec, { features, maxLevel, k, alpha, minSupport, source, title: options.name ?? title });
    },
    async sliceDiff(target, options) {
      const { stage, reference, current, diff } = sliceDiffOptions(options);
      const opened = await cache.open(path(target));
      return stageSliceDiff(opened.pipeline, opened.tables, stage, reference, current, diff);
    },
    async trace(target, options = {}) {
      return traceOpened(await cache.open(path(target)), { bucket: options.bucket, performance: options.performance ?? true });
    },
    async why(target, key) {
      const file = path(target);
      let lineage = lineages.get(file);
      const opened = await cache.open(file);
      if (!lineage || lineage.opened !== opened) {
        lineage = { opened, index: lineageIndex(opened) };
        lineages.set(file, lineage);
      }
      return (await lineage.index).lookup(String(key));
    },
    async keys(target, query = {}) {
      const { pipeline, tables } = await cache.open(path(target));
      return recordKeys(pipeline, tables, query);
    },
  };
}

async function sliceInput(data: SliceData, file: string | undefined): Promise<{ table: LogTable; source: string; title: string }> {
  if (file !== undefined) return { table: await readLogFile(file), source: file, title: basename(file) };
  if (typeof data === 'string' || !Array.isArray(data?.columns)) {
    throw new TypeError('slices takes a log file path, a pipeline (sightline.json or its folder) or a table from sightline.fromDataFrame / sightline.readLogFile');
  }
  return { table: data, source: 'table', title: 'table' };
}

function hasErrorChoice(choice: ErrorChoice): boolean {
  return choice.error !== undefined || choice.label !== undefined || choice.prediction !== undefined;
}

/** Indexes a loaded pipeline's stages (and runs log) by record key, as `sightline why` does. */
async function lineageIndex(opened: OpenedPipeline): Promise<LineageIndex> {
  const runs = opened.pipeline.runs ? new RunIndex((await readRunsLog(opened.pipeline.runs)).runs) : undefined;
  return new LineageIndex(opened.pipeline, opened.tables, runs);
}
