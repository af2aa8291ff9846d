/**
 * Complementary error function for x >= 0, by W. J. Cody's rational approximations (Math. Comp.
 * 23, 1969; the CALERF routine of SPECFUN): relative error near machine precision on the whole
 * range, with exp(-x²) split so it keeps that precision deep in the tail. The normal tail went
 * through the incomplete gamma before; this is about ten times faster, and the slice search
 * computes 150k normal p-values.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x <= 0.46875) return 1 - x * erfSmallRatio(x * x);
  // Beyond Cody's XBIG erfc underflows (below 1e-307, where doubles lose precision).
  if (x >= 26.543) return 0;
  const scaled = x <= 4 ? middleRatio(x) : tailScaled(x);
  // exp(-x²) as exp(-r²) * exp(-(x - r)(x + r)) with r = x rounded down to 1/16: r² is exact.
  const r = Math.trunc(x * 16) / 16;
  return Math.exp(-r * r) * Math.exp(-(x - r) * (x + r)) * scaled;
}

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8];
const D = [15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const ONE_OVER_SQRT_PI = 0.5641895835477562869;

/** erf(x) / x for |x| <= 0.46875, from x². */
function erfSmallRatio(x2: number): number {
  let num = A[4] * x2;
  let den = x2;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * x2;
    den = (den + B[i]) * x2;
  }
  return (num + A[3]) / (den + B[3]);
}

/** erfc(x) * exp(x²) for 0.46875 < x <= 4. */
function middleRatio(x: number): number {
  let num = C[8] * x;
  let den = x;
  for (let i = 0; i < 7; i++) {
    num = (num + C[i]) * x;
    den = (den + D[i]) * x;
  }
  return (num + C[7]) / (den + D[7]);
}

/** erfc(x) * exp(x²) for x > 4. */
function tailScaled(x: number): number {
  const u = 1 / (x * x);
  let num = P[5] * u;
  let den = u;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * u;
    den = (den + Q[i]) * u;
  }
  return (ONE_OVER_SQRT_PI - (u * (num + P[4])) / (den + Q[4])) / x;
}
