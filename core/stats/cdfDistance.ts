import { NeumaierSum } from './neumaierSum';

/**
 * ∫ |F_u − F_v|^p over the pooled support, for ascending samples, as scipy's _cdf_distance:
 * between consecutive pooled values both ECDFs are constant. One merge walk, O(n1 + n2).
 */
export function cdfDistanceIntegral(u: Float64Array, v: Float64Array, p: 1 | 2): number {
  const sum = new NeumaierSum();
  let i = 0;
  let j = 0;
  let previous = NaN;
  let gap = 0;
  while (i < u.length || j < v.length) {
    const x = j >= v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
    if (i + j > 0) {
      const delta = x - previous;
      sum.add(p === 1 ? gap * delta : gap * gap * delta);
    }
    while (i < u.length && u[i] <= x) i++;
    while (j < v.length && v[j] <= x) j++;
    gap = Math.abs(i / u.length - j / v.length);
    previous = x;
  }
  return sum.value();
}
