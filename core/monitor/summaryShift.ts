import type { ColumnWindowStats, TimeBucket } from '../engine/engine';
import type { ColumnType } from '../protocol';
import type { ColumnWindowFigures, Decision } from './types';
import { median, robustScale } from './robustRule';

/** Earlier windows of the same season needed before a window's summary is scored. */
export const MIN_HISTORY = 4;
/** The score is the largest of several robust z, so its thresholds sit above the single-figure ones. */
export const SUMMARY_WARN = 6;
export const SUMMARY_ALERT = 10;

type Statistic = { name: string; of: (s: ColumnWindowStats) => number | null; floor: (history: ColumnWindowStats[], current: ColumnWindowStats) => number };

const share = (n: number, of: number): number | null => (of > 0 ? n / of : null);
/** Shares move in absolute terms: one percentage point is the smallest unit of scale. */
const shareFloor = (): number => 0.01;
/** Location and spread statistics are scaled by at least 5% of the column's typical 10-90% spread. */
const spreadFloor = (history: ColumnWindowStats[]): number => {
  const spreads = history.flatMap((s) => (s.q90 !== null && s.q10 !== null ? [s.q90 - s.q10] : []));
  const spread = spreads.length ? median(spreads) : 0;
  return spread > 0 ? 0.05 * spread : 1e-9;
};

/** A mean is never scaled below its own standard error: a window of three rows is not news. */
const meanFloor = (history: ColumnWindowStats[], current: ColumnWindowStats): number =>
  Math.max(spreadFloor(history), current.std !== null && current.valid > 0 ? current.std / Math.sqrt(current.valid) : 0);
const shareMeanFloor = (_history: ColumnWindowStats[], current: ColumnWindowStats): number => {
  const p = current.mean ?? 0;
  return Math.max(shareFloor(), current.valid > 0 ? Math.sqrt((p * (1 - p)) / current.valid) : 0);
};

const NULL_RATE: Statistic = { name: 'null rate', of: (s) => share(s.nulls, s.nulls + s.valid), floor: shareFloor };
const NUMERIC: Statistic[] = [
  { name: 'mean', of: (s) => s.mean, floor: meanFloor },
  { name: 'std', of: (s) => s.std, floor: spreadFloor },
  { name: 'p10', of: (s) => s.q10, floor: spreadFloor },
  { name: 'median', of: (s) => s.q50, floor: spreadFloor },
  { name: 'p90', of: (s) => s.q90, floor: spreadFloor },
  { name: 'distinct share', of: (s) => share(s.distinct, s.valid), floor: shareFloor },
  NULL_RATE,
];
const BOOLEAN: Statistic[] = [{ name: 'mean', of: (s) => s.mean, floor: shareMeanFloor }, NULL_RATE];
const CATEGORY: Statistic[] = [
  { name: 'distinct', of: (s) => s.distinct, floor: (h) => 0.1 * median(h.map((s) => s.distinct)) + 1 },
  NULL_RATE,
];

export function summaryStatistics(type: ColumnType): Statistic[] {
  if (type === 'number') return NUMERIC;
  if (type === 'boolean') return BOOLEAN;
  return type === 'category' ? CATEGORY : [];
}

/**
 * Per window: the largest robust z of the column's summary statistics against all earlier
 * windows of the same season (expanding baseline) that were not themselves alerts, so an
 * incident does not become its own baseline while it lasts. Seasons: daily windows compare
 * with the same weekday and hourly ones with the same hour, because a weekly or daily cycle
 * seen through a MAD of all windows looks like a shift every Saturday.
 */
export function summaryShift(
  stats: (ColumnWindowStats | undefined)[],
  starts: number[],
  bucket: TimeBucket,
  type: ColumnType,
): (ColumnWindowFigures['summary'] | undefined)[] {
  const statistics = summaryStatistics(type);
  const histories = new Map<number, ColumnWindowStats[]>();
  return stats.map((current, w) => {
    if (!current || !statistics.length) return undefined;
    const season = seasonOf(starts[w], bucket);
    const history = histories.get(season) ?? [];
    histories.set(season, history);
    const scored = history.length >= MIN_HISTORY ? worstStatistic(current, history, statistics) : undefined;
    if (scored?.decision !== 'alert') history.push(current);
    return scored;
  });
}

export function seasonOf(start: number, bucket: TimeBucket): number {
  if (bucket === 'day') return new Date(start).getUTCDay();
  return bucket === 'hour' ? new Date(start).getUTCHours() : 0;
}

function worstStatistic(current: ColumnWindowStats, history: ColumnWindowStats[], statistics: Statistic[]): ColumnWindowFigures['summary'] {
  let worst: ColumnWindowFigures['summary'] = undefined;
  for (const statistic of statistics) {
    const value = statistic.of(current);
    const past = history.map(statistic.of).filter((v): v is number => v !== null);
    if (value === null || past.length < MIN_HISTORY) continue;
    const baseline = median(past);
    const score = Math.abs(value - baseline) / Math.max(robustScale(past), statistic.floor(history, current));
    if (!worst || score > worst.score) worst = { score, decision: decideSummary(score), statistic: statistic.name, value, baseline };
  }
  return worst;
}

function decideSummary(score: number): Decision {
  if (score >= SUMMARY_ALERT) return 'alert';
  return score >= SUMMARY_WARN ? 'warn' : 'ok';
}
