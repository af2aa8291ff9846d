import type { Engine, TimeBucket } from '../engine/engine';
import type { FigureSeries } from './scoreSeries';

/** One percent of values in categories the reference never saw is the least change worth a warning. */
export const UNSEEN_MIN_CHANGE = 0.01;
/** Above this many distinct values a category column is an identifier, not a dictionary. */
export const MAX_CATEGORIES = 1000;

/** One column of one stage, asked for per window: the input every per-column figure shares. */
export interface WindowColumnQuery {
  engine: Engine;
  stage: string;
  time: string;
  bucket: TimeBucket;
  column: string;
  starts: number[];
  isReference: boolean[];
}

export type UnseenInput = WindowColumnQuery;

/**
 * Share of a window's values whose category is absent from the reference dictionary. For a
 * reference window, the dictionary of the other reference windows: a category seen in that
 * window only is unseen to it.
 */
export async function unseenSeries(input: UnseenInput): Promise<FigureSeries> {
  const perWindow = await categoryCounts(input);
  const windowsSeen = new Map<string, number>();
  input.starts.forEach((s, w) => {
    if (!input.isReference[w]) return;
    for (const category of perWindow.get(s)?.keys() ?? []) windowsSeen.set(category, (windowsSeen.get(category) ?? 0) + 1);
  });
  const valid: number[] = [];
  const value: number[] = [];
  const deviation: number[] = [];
  input.starts.forEach((s, w) => {
    const counts = perWindow.get(s) ?? new Map<string, number>();
    let total = 0;
    let unseen = 0;
    let unseenByOthers = 0;
    for (const [category, n] of counts) {
      total += n;
      const seen = windowsSeen.get(category) ?? 0;
      if (seen === 0) unseen += n;
      if (seen === 0 || (seen === 1 && input.isReference[w])) unseenByOthers += n;
    }
    valid.push(total);
    value.push(total ? unseen / total : 0);
    deviation.push(total ? (input.isReference[w] ? unseenByOthers : unseen) / total : 0);
  });
  return { value, deviation, isReference: input.isReference, minChange: UNSEEN_MIN_CHANGE, twoSided: false, binomial: { p: 0, n: valid } };
}

export async function categoryCounts(input: WindowColumnQuery): Promise<Map<number, Map<string, number>>> {
  const rows = await input.engine.groupAggregate(input.stage, {
    by: [{ column: input.time, bucket: input.bucket }, { column: input.column }],
    aggregates: { n: { op: 'count' } },
  });
  const perWindow = new Map<number, Map<string, number>>();
  for (const row of rows) {
    const start = row.keys[input.time];
    const category = row.keys[input.column];
    if (start === null || category === null) continue;
    const counts = perWindow.get(Number(start)) ?? new Map<string, number>();
    counts.set(String(category), row.values.n ?? 0);
    perWindow.set(Number(start), counts);
  }
  return perWindow;
}
