import type { Decision, ThresholdRule } from './types';

/** Robust z at which a window warns / alerts. */
export const WARN_Z = 4;
export const ALERT_Z = 6;
/** 1.4826 * MAD estimates the standard deviation of normal data. */
const MAD_TO_SD = 1.4826;

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function robustScale(values: number[]): number {
  const center = median(values);
  return MAD_TO_SD * median(values.map((v) => Math.abs(v - center)));
}

/**
 * The threshold rule of one figure from the leave-one-out deviations of the reference windows:
 * centre = their median, scale = 1.4826 * MAD, floored at minChange / WARN_Z so a reference
 * that never moved (MAD 0) still needs a change of minChange to warn. Warn at centre + 4 scales,
 * alert at centre + 6.
 */
export function looRule(looDeviations: number[], minChange: number): ThresholdRule {
  const center = looDeviations.length ? median(looDeviations) : 0;
  const scale = looDeviations.length > 1 ? robustScale(looDeviations) : 0;
  const floored = Math.max(scale, minChange / WARN_Z);
  return { center, scale, minChange, warn: center + WARN_Z * floored, alert: center + ALERT_Z * floored };
}

/**
 * Scores one deviation. `extraScale` widens the scale for a window whose own sampling noise is
 * larger than the reference windows' (a small window's rate is noisier).
 */
export function scoreDeviation(deviation: number, rule: ThresholdRule, twoSided: boolean, extraScale = 0): { score: number; decision: Decision } {
  const scale = Math.max(rule.scale, extraScale, rule.minChange / WARN_Z);
  const raw = (deviation - rule.center) / scale;
  const score = twoSided ? Math.abs(raw) : raw;
  return { score, decision: decide(score) };
}

export function decide(score: number): Decision {
  if (score >= ALERT_Z) return 'alert';
  return score >= WARN_Z ? 'warn' : 'ok';
}

/** Standard error of a proportion p measured on n rows. */
export function binomialSe(p: number, n: number): number {
  return n > 0 ? Math.sqrt((p * (1 - p)) / n) : 0;
}
