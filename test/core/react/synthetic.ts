import { seededRandom } from '../../../core/stats/seededRandom';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

export interface SyntheticLog {
  times: Float64Array;
  /** The true P(label = 1) of each record. */
  truth: Float64Array;
  scores: Float64Array;
  labels: Float64Array;
}

/**
 * `days` days of `perDay` records: the true probability is uniform on (0, 1), the label is drawn
 * from it, and the logged score is `transform(truth)`. Days in `unlabeled` have no labels.
 */
export function syntheticLog(options: { days: number; perDay: number; seed: number; transform?: (p: number) => number; unlabeled?: number[] }): SyntheticLog {
  const random = seededRandom(options.seed);
  const transform = options.transform ?? ((p: number) => p);
  const n = options.days * options.perDay;
  const log: SyntheticLog = { times: new Float64Array(n), truth: new Float64Array(n), scores: new Float64Array(n), labels: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / options.perDay);
    const p = random();
    log.times[i] = T0 + day * DAY + (i % options.perDay) * 1000;
    log.truth[i] = p;
    log.scores[i] = transform(p);
    log.labels[i] = options.unlabeled?.includes(day) ? NaN : random() < p ? 1 : 0;
  }
  return log;
}

/** Logged scores squashed toward 0.5: a model that is right about the order but under-confident. */
export const squash = (p: number): number => 0.5 + 0.4 * (p - 0.5);
