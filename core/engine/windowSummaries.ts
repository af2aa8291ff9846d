import type { Column } from '../io/logTable';
import type { ColumnWindowStats, TimeBucket, WindowRangeCounts, WindowSummary } from './engine';
import { bucketStart } from './engine';
import { quantileSorted } from '../stats/quantile';

/** Rows grouped by window: window w holds rows order[offsets[w]] .. order[offsets[w + 1] - 1]. */
export interface Windowing {
  starts: number[];
  offsets: Int32Array;
  order: Int32Array;
}

/** A counting sort of rows by window start; rows without a time are left out. */
export function windowRows(times: Float64Array, bucket: TimeBucket): Windowing {
  const windowOf = new Int32Array(times.length).fill(-1);
  const startSet = new Set<number>();
  for (let i = 0; i < times.length; i++) if (!Number.isNaN(times[i])) startSet.add(bucketStart(times[i], bucket));
  const starts = [...startSet].sort((a, b) => a - b);
  const indexOf = new Map(starts.map((s, w) => [s, w]));
  const offsets = new Int32Array(starts.length + 1);
  for (let i = 0; i < times.length; i++) {
    if (Number.isNaN(times[i])) continue;
    const w = indexOf.get(bucketStart(times[i], bucket))!;
    windowOf[i] = w;
    offsets[w + 1]++;
  }
  for (let w = 0; w < starts.length; w++) offsets[w + 1] += offsets[w];
  const next = offsets.slice(0, starts.length);
  const order = new Int32Array(offsets[starts.length]);
  for (let i = 0; i < times.length; i++) if (windowOf[i] >= 0) order[next[windowOf[i]]++] = i;
  return { starts, offsets, order };
}

export function summarizeWindows(windowing: Windowing, columns: Column[]): WindowSummary[] {
  const perColumn = columns.map((c) => ({ name: c.name, stats: columnWindowStats(windowing, c) }));
  return windowing.starts.map((start, w) => ({
    start,
    rows: windowing.offsets[w + 1] - windowing.offsets[w],
    columns: Object.fromEntries(perColumn.map((c) => [c.name, c.stats[w]])),
  }));
}

function columnWindowStats(windowing: Windowing, column: Column): ColumnWindowStats[] {
  return column.type === 'category' ? categoryStats(windowing, column.codes, column.dictionary.length) : numericStats(windowing, column.values);
}

function numericStats(windowing: Windowing, values: Float64Array): ColumnWindowStats[] {
  const { starts, offsets, order } = windowing;
  return starts.map((_, w) => {
    const kept = new Float64Array(offsets[w + 1] - offsets[w]);
    let n = 0;
    for (let r = offsets[w]; r < offsets[w + 1]; r++) {
      const v = values[order[r]];
      if (!Number.isNaN(v)) kept[n++] = v;
    }
    return describeSorted(kept.subarray(0, n).sort(), kept.length - n);
  });
}

function describeSorted(sorted: Float64Array, nulls: number): ColumnWindowStats {
  const n = sorted.length;
  if (n === 0) return { valid: 0, nulls, distinct: 0, mean: null, std: null, min: null, max: null, q10: null, q50: null, q90: null };
  let sum = 0;
  let distinct = 1;
  for (let i = 0; i < n; i++) {
    sum += sorted[i];
    if (i > 0 && sorted[i] !== sorted[i - 1]) distinct++;
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i] - mean) ** 2;
  return {
    valid: n,
    nulls,
    distinct,
    mean,
    std: n > 1 ? Math.sqrt(squares / (n - 1)) : null,
    min: sorted[0],
    max: sorted[n - 1],
    q10: quantileSorted(sorted, 0.1),
    q50: quantileSorted(sorted, 0.5),
    q90: quantileSorted(sorted, 0.9),
  };
}

function categoryStats(windowing: Windowing, codes: Int32Array, dictionarySize: number): ColumnWindowStats[] {
  const { starts, offsets, order } = windowing;
  // A stamp per dictionary entry marks "seen in window w" without clearing a set per window.
  const seenIn = new Int32Array(dictionarySize).fill(-1);
  return starts.map((_, w) => {
    let nulls = 0;
    let distinct = 0;
    for (let r = offsets[w]; r < offsets[w + 1]; r++) {
      const code = codes[order[r]];
      if (code < 0) nulls++;
      else if (seenIn[code] !== w) {
        seenIn[code] = w;
        distinct++;
      }
    }
    const valid = offsets[w + 1] - offsets[w] - nulls;
    return { valid, nulls, distinct, mean: null, std: null, min: null, max: null, q10: null, q50: null, q90: null };
  });
}

export function rangeCounts(windowing: Windowing, values: Float64Array, lo: number, hi: number): WindowRangeCounts[] {
  const { starts, offsets, order } = windowing;
  return starts.map((start, w) => {
    let valid = 0;
    let below = 0;
    let above = 0;
    for (let r = offsets[w]; r < offsets[w + 1]; r++) {
      const v = values[order[r]];
      if (Number.isNaN(v)) continue;
      valid++;
      if (v < lo) below++;
      else if (v > hi) above++;
    }
    return { start, valid, below, above };
  });
}
