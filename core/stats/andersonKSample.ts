import type { AndersonKSampleResult } from './result';
import { forEachTieGroup } from './mergeTies';
import { NeumaierSum } from './neumaierSum';
import { assertSortedSample } from './validate';

const SIGNIFICANCE = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
// Interpolation coefficients of Scholz & Stephens (1987), Table 2, as in scipy.
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];

/**
 * Anderson-Darling k-sample test for k = 2 (scipy.stats.anderson_ksamp, midrank=True): the
 * standardized statistic A2akN of Scholz & Stephens (1987, eq. 7) and scipy's p-value, a
 * quadratic fit of log(significance) on the critical values, capped to [0.001, 0.25].
 */
export function andersonKSample(reference: Float64Array, current: Float64Array): AndersonKSampleResult {
  assertSortedSample(reference, 'reference');
  assertSortedSample(current, 'current');
  const n = [reference.length, current.length];
  const N = n[0] + n[1];
  const a2akn = midrankStatistic(reference, current, N);
  const k = 2;
  const m = k - 1;
  const a2 = (a2akn - m) / Math.sqrt(nullVariance(n, N, k));
  const critical = B0.map((b0, i) => b0 + B1[i] / Math.sqrt(m) + B2[i] / m);
  const { pValue, capped } = interpolatePValue(a2, critical);
  const result: AndersonKSampleResult = { method: 'anderson_ksamp', statistic: a2, pValue, criticalValues: critical, capped };
  if (capped) {
    result.note = pValue === 0.25
      ? 'p-value capped at 0.25 as scipy does: the true value is larger'
      : 'p-value floored at 0.001 as scipy does: the true value is smaller';
  }
  return result;
}

function midrankStatistic(a: Float64Array, b: Float64Array, N: number): number {
  const n = [a.length, b.length];
  const sums = [new NeumaierSum(), new NeumaierSum()];
  let distinct = 0;
  forEachTieGroup(a, b, (g) => {
    distinct++;
    const lj = g.count1 + g.count2;
    const bj = g.below1 + g.below2 + lj / 2;
    const denominator = bj * (N - bj) - (N * lj) / 4;
    const mij = [g.below1 + g.count1 / 2, g.below2 + g.count2 / 2];
    for (let i = 0; i < 2; i++) {
      const deviation = N * mij[i] - bj * n[i];
      sums[i].add(((lj / N) * deviation * deviation) / denominator);
    }
  });
  if (distinct < 2) throw new RangeError('anderson_ksamp needs more than one distinct value');
  return ((sums[0].value() / n[0] + sums[1].value() / n[1]) * (N - 1)) / N;
}

/** Variance of A2kN under the null (Scholz & Stephens 1987, eq. 4 and after). */
function nullVariance(n: number[], N: number, k: number): number {
  const H = n.reduce((s, ni) => s + 1 / ni, 0);
  // h = Σ_{i=1}^{N−1} 1/i; g = Σ_{i=1}^{N−2} Σ_{j=i+1}^{N−1} 1/((N − i) j), via the running tail sum.
  let tail = 0;
  let g = 0;
  for (let i = N - 1, j = 2; i >= 2; i--, j++) {
    tail += 1 / i;
    g += tail / j;
  }
  const h = tail + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k * k - 4 * h * k;
  return (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
}

function interpolatePValue(a2: number, critical: number[]): { pValue: number; capped: boolean } {
  if (a2 < Math.min(...critical)) return { pValue: 0.25, capped: true };
  if (a2 > Math.max(...critical)) return { pValue: 0.001, capped: true };
  const [c0, c1, c2] = quadraticFit(critical, SIGNIFICANCE.map(Math.log));
  return { pValue: Math.exp(c0 + c1 * a2 + c2 * a2 * a2), capped: false };
}

/** Least-squares y ≈ c0 + c1 x + c2 x² (numpy.polyfit degree 2), on centred x for conditioning. */
function quadraticFit(x: number[], y: number[]): [number, number, number] {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  x.forEach((xi, i) => {
    const u = xi - mean;
    for (let p = 0; p < 5; p++) s[p] += u ** p;
    for (let p = 0; p < 3; p++) t[p] += y[i] * u ** p;
  });
  const [d0, d1, d2] = solve3(
    [[s[0], s[1], s[2]], [s[1], s[2], s[3]], [s[2], s[3], s[4]]],
    t,
  );
  // Back from u = x − mean to x.
  return [d0 - d1 * mean + d2 * mean * mean, d1 - 2 * d2 * mean, d2];
}

function solve3(m: number[][], r: number[]): [number, number, number] {
  const det = (a: number[][]) =>
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) -
    a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
    a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
  const d = det(m);
  const column = (c: number) => det(m.map((row, i) => row.map((v, j) => (j === c ? r[i] : v))));
  return [column(0) / d, column(1) / d, column(2) / d];
}
