import type { WindowRangeCounts } from '../engine/engine';
import type { FigureSeries } from './scoreSeries';
import type { WindowColumnQuery } from './unseenCategories';

/** One percent of values outside the reference range is the least change worth a warning. */
export const RANGE_MIN_CHANGE = 0.01;

export interface RangeInput extends WindowColumnQuery {
  /** Per window min and max of the column (null when the window has no value). */
  mins: (number | null)[];
  maxs: (number | null)[];
}

/**
 * Share of values outside the reference [min, max]. A reference window's leave-one-out range
 * only differs from the full one when the window holds the reference's min or max, so at most
 * two extra requests give every leave-one-out share.
 */
export async function outOfRangeSeries(input: RangeInput): Promise<{ range: { lo: number; hi: number }; series: FigureSeries } | undefined> {
  const refIdx = input.starts.map((_, w) => w).filter((w) => input.isReference[w] && input.mins[w] !== null);
  if (refIdx.length < 2) return undefined;
  const lo = Math.min(...refIdx.map((w) => input.mins[w]!));
  const hi = Math.max(...refIdx.map((w) => input.maxs[w]!));
  const full = await countsByStart(input, lo, hi);
  const value = input.starts.map((s) => shareOutside(full.get(s)));
  const deviation = [...value];
  const cache = new Map<string, Promise<Map<number, WindowRangeCounts>>>();
  for (const w of refIdx) {
    const others = refIdx.filter((v) => v !== w);
    const looLo = Math.min(...others.map((v) => input.mins[v]!));
    const looHi = Math.max(...others.map((v) => input.maxs[v]!));
    if (looLo === lo && looHi === hi) continue;
    const id = `${looLo},${looHi}`;
    if (!cache.has(id)) cache.set(id, countsByStart(input, looLo, looHi));
    deviation[w] = shareOutside((await cache.get(id)!).get(input.starts[w]));
  }
  const valid = input.starts.map((s) => full.get(s)?.valid ?? 0);
  return { range: { lo, hi }, series: { value, deviation, isReference: input.isReference, minChange: RANGE_MIN_CHANGE, twoSided: false, binomial: { p: 0, n: valid } } };
}

async function countsByStart(input: RangeInput, lo: number, hi: number): Promise<Map<number, WindowRangeCounts>> {
  const counts = await input.engine.windowedRangeCounts(input.stage, { time: input.time, bucket: input.bucket, column: input.column, lo, hi });
  return new Map(counts.map((c) => [c.start, c]));
}

function shareOutside(counts: WindowRangeCounts | undefined): number {
  return counts && counts.valid > 0 ? (counts.below + counts.above) / counts.valid : 0;
}
