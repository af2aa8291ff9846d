import type { Interval } from '../protocol/performance';
import type { ErrorBars } from './figure';

/** A point estimate and its interval, either missing where undefined. */
export interface Estimated {
  value: number | null;
  interval: Interval | null;
}

/** Error bars from each point's interval (none where the point or its interval is missing). */
export function intervalErrorBars(points: ReadonlyArray<Estimated | undefined>): ErrorBars {
  const reach = (p: Estimated | undefined, side: 'up' | 'down') => {
    if (!p?.interval || p.value === null) return 0;
    return Math.max(0, side === 'up' ? p.interval.high - p.value : p.value - p.interval.low);
  };
  return { type: 'data', symmetric: false, array: points.map((p) => reach(p, 'up')), arrayminus: points.map((p) => reach(p, 'down')), thickness: 1.5, width: 4 };
}
