import type { IsotonicMap } from '../../detect/performance/isotonic';
import { fitIsotonic } from '../../detect/performance/isotonic';

/**
 * Isotonic recalibration on the labeled records: weighted pool-adjacent-violators with equal
 * scores pooled into one point first (core/detect/performance/isotonic.ts), predicted by
 * linear interpolation between breakpoints and clipped outside them. Null without labels.
 */
export function fitIsotonicCalibrator(scores: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): IsotonicMap | null {
  const s: number[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    if ((labels[i] === 0 || labels[i] === 1) && !Number.isNaN(scores[i])) {
      s.push(scores[i]);
      y.push(labels[i]);
      w.push(weights ? weights[i] : 1);
    }
  }
  return s.length ? fitIsotonic(s, y, w) : null;
}

export { applyIsotonic } from '../../detect/performance/isotonic';
