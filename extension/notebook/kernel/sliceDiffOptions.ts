import type { TimeRangeMs } from '../../../core/protocol';
import type { DiffOptions } from '../../../core/diagnose/slices/diffSlices';

/** What a cell passes to `sightline.sliceDiff`: the stage, its two event-time ranges (epoch ms, end exclusive, a bound absent when open) and the search options. */
export interface SliceDiffCellOptions {
  stage: string;
  reference: TimeRangeMs;
  current: TimeRangeMs;
  /** Slice by these columns (default: every column except the stage's key and time). */
  features?: string[];
  maxLevel?: number;
  k?: number;
  minSupport?: number;
}

/** Checks a cell's options (cells are untyped JavaScript) and splits them into the stage, ranges and search options. */
export function sliceDiffOptions(options: SliceDiffCellOptions | undefined): { stage: string; reference: TimeRangeMs; current: TimeRangeMs; diff: Omit<DiffOptions, 'referenceSource' | 'currentSource'> } {
  if (!options || typeof options.stage !== 'string') throw new TypeError('sliceDiff takes { stage, reference: { start, end }, current: { start, end } } (epoch ms, end exclusive)');
  const { stage, features, maxLevel, k, minSupport } = options;
  return { stage, reference: range(options.reference, 'reference'), current: range(options.current, 'current'), diff: { features, maxLevel, k, minSupport } };
}

/** Each bound absent (open) or epoch ms; a Date counts as its epoch ms. */
function range(value: TimeRangeMs | undefined, name: string): TimeRangeMs {
  const bound = (b: unknown) => (b === undefined ? undefined : Number(b));
  const start = bound(value?.start);
  const end = bound(value?.end);
  const bad = (b: number | undefined) => b !== undefined && !Number.isFinite(b);
  if (!value || bad(start) || bad(end) || (start !== undefined && end !== undefined && end <= start)) {
    throw new TypeError(`sliceDiff's ${name} must be { start?, end? } in epoch ms (or Dates), start before end`);
  }
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}
