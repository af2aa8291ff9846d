/**
 * Platt scaling: P(label = 1) = 1 / (1 + exp(-(a · logit(score) + b))), fitted by maximum
 * likelihood with Newton's method. Platt's smoothed targets are used, (N+ + 1) / (N+ + 2) for
 * positives and 1 / (N- + 2) for negatives, as in Platt (1999) and sklearn: they keep a and b
 * finite when the classes are separable.
 */
export interface PlattFit {
  a: number;
  b: number;
  iterations: number;
}

/** Scores are clipped to [eps, 1 - eps] before the logit, so 0 and 1 stay finite. */
export const PLATT_EPS = 1e-12;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-12;

export function logit(score: number): number {
  const p = Math.min(1 - PLATT_EPS, Math.max(PLATT_EPS, score));
  return Math.log(p / (1 - p));
}

/** Labeled records only (labels 0/1, scores not NaN); null without both classes. */
export function fitPlatt(scores: ArrayLike<number>, labels: ArrayLike<number>): PlattFit | null {
  const z: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    if ((labels[i] === 0 || labels[i] === 1) && !Number.isNaN(scores[i])) {
      z.push(logit(scores[i]));
      y.push(labels[i]);
    }
  }
  const positives = y.reduce((s, v) => s + v, 0);
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const t = y.map((v) => (v === 1 ? hi : lo));
  return newton(z, t);
}

/** Newton steps on the mean cross-entropy, halved until the loss goes down. */
function newton(z: number[], t: number[]): PlattFit {
  let a = 1;
  let b = 0;
  let loss = crossEntropy(z, t, a, b);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const { ga, gb, haa, hab, hbb } = derivatives(z, t, a, b);
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = crossEntropy(z, t, a - da, b - db);
    while (next > loss && step > 1e-10) {
      step /= 2;
      next = crossEntropy(z, t, a - step * da, b - step * db);
    }
    if (next > loss) break;
    a -= step * da;
    b -= step * db;
    const improvement = loss - next;
    loss = next;
    if (Math.abs(step * da) + Math.abs(step * db) < TOLERANCE || improvement < TOLERANCE * TOLERANCE) break;
  }
  return { a, b, iterations };
}

function derivatives(z: number[], t: number[], a: number, b: number) {
  let ga = 0;
  let gb = 0;
  let haa = 0;
  let hab = 0;
  let hbb = 0;
  for (let i = 0; i < z.length; i++) {
    const p = sigmoid(a * z[i] + b);
    const r = p - t[i];
    const w = p * (1 - p);
    ga += r * z[i];
    gb += r;
    haa += w * z[i] * z[i];
    hab += w * z[i];
    hbb += w;
  }
  return { ga, gb, haa, hab, hbb };
}

function crossEntropy(z: number[], t: number[], a: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const u = a * z[i] + b;
    // -[t log σ(u) + (1 - t) log(1 - σ(u))] = log(1 + e^u) - t u, written to stay finite.
    sum += softplus(u) - t[i] * u;
  }
  return sum;
}

function softplus(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

export function sigmoid(u: number): number {
  return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
}

export function applyPlatt(fit: { a: number; b: number }, score: number): number {
  return Number.isNaN(score) ? NaN : sigmoid(fit.a * logit(score) + fit.b);
}
