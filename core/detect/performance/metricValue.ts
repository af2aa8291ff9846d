import type { Interval, MetricValue } from './types';

export function metricValue(value: number, interval: Interval | null, labeled: number, total: number): MetricValue {
  const defined = Number.isFinite(value);
  return {
    value: defined ? value : null,
    interval: defined ? interval : null,
    labeled,
    total,
    coverage: total > 0 ? labeled / total : 0,
  };
}
