import type { KsResult } from './result';
import { gcd, ksTwoSampleExactSf } from './special/ksTwoSampleExact';
import { kolmogorovSf } from './special/kolmogorovN';
import { assertSortedSample } from './validate';

/** scipy's method='auto' computes the exact p-value while both samples are at most this size. */
export const KS_EXACT_MAX_N = 10_000;

/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, on ascending samples: O(n1 + n2) for the
 * statistic, as scipy.stats.ks_2samp(method='auto'): exact p-value (and the statistic snapped
 * to h / lcm(n1, n2)) up to 10,000 per sample, otherwise kstwo.sf(D, round(n1·n2/(n1+n2))).
 */
export function ksTwoSample(reference: Float64Array, current: Float64Array): KsResult {
  assertSortedSample(reference, 'reference');
  assertSortedSample(current, 'current');
  const n1 = reference.length;
  const n2 = current.length;
  const d = ksStatistic(reference, current);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const l = (n1 / gcd(n1, n2)) * n2;
    const h = Math.round(d * l);
    return { method: 'ks_2samp', statistic: h / l, pValue: ksTwoSampleExactSf(n1, n2, h), pMethod: 'exact', n1, n2 };
  }
  const tail = kolmogorovSf(roundHalfEven((n1 * n2) / (n1 + n2)), d);
  const result: KsResult = { method: 'ks_2samp', statistic: d, pValue: tail.sf, pMethod: 'asymptotic', n1, n2 };
  if (tail.approximation) result.note = `asymptotic p-value; ${tail.approximation}`;
  return result;
}

/** sup |F1 − F2| over the pooled values, both ECDFs right-continuous. */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let max = 0;
  let min = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > max) max = diff;
    if (diff < min) min = diff;
  }
  return Math.max(max, -min);
}

/** numpy's round (half to even), which scipy uses for the effective sample size. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
