/**
 * ∫ |F_u − F_v| for two weighted ascending samples (weights need not sum to 1): the merge walk
 * of scipy's _cdf_distance with weighted ECDFs.
 */
export function weightedWasserstein(u: Float64Array, wu: Float64Array, v: Float64Array, wv: Float64Array): number {
  const totalU = sum(wu);
  const totalV = sum(wv);
  let i = 0;
  let j = 0;
  let cu = 0;
  let cv = 0;
  let previous = NaN;
  let gap = 0;
  let distance = 0;
  while (i < u.length || j < v.length) {
    const x = j >= v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
    if (i + j > 0) distance += gap * (x - previous);
    while (i < u.length && u[i] <= x) cu += wu[i++];
    while (j < v.length && v[j] <= x) cv += wv[j++];
    gap = Math.abs(cu / totalU - cv / totalV);
    previous = x;
  }
  return distance;
}

/** Weighted population standard deviation. */
export function weightedStd(x: Float64Array, w: Float64Array): number {
  const total = sum(w);
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i] * w[i];
  mean /= total;
  let squares = 0;
  for (let i = 0; i < x.length; i++) squares += w[i] * (x[i] - mean) ** 2;
  return Math.sqrt(squares / total);
}

function sum(w: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i];
  return s;
}
