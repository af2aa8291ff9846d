import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogTable } from '../../../../core/io/logTable';
import { detectDrift } from '../../../../core/detect/drift';
import { auc, aucInterval } from '../../../../core/detect/drift/multivariate';
import { normalDraw, seededRandom } from '../../../../core/detect/drift/random';
import { cholesky, choleskySolve } from '../../../../core/detect/drift/multivariate/cholesky';
import { designMatrix } from '../../../../core/detect/drift/multivariate/designMatrix';
import { assignFolds } from '../../../../core/detect/drift/multivariate/folds';
import { outOfFoldScores, prepareCrossFit } from '../../../../core/detect/drift/multivariate/crossFit';
import { RIDGE_PER_ROW } from '../../../../core/detect/drift/multivariate/settings';

/** Two standard normals with correlation rho, an independent normal and a 4-value category. */
function correlated(n: number, rho: number, seed: number): LogTable {
  const random = seededRandom(seed);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const z1 = normalDraw(random);
    const z2 = normalDraw(random);
    a[i] = z1;
    b[i] = rho * z1 + Math.sqrt(1 - rho * rho) * z2;
    c[i] = normalDraw(random);
  }
  return {
    rowCount: n,
    reports: [],
    columns: [
      { type: 'number', name: 'a', values: a },
      { type: 'number', name: 'b', values: b },
      { type: 'number', name: 'c', values: c },
      { type: 'category', name: 'k', codes: Int32Array.from({ length: n }, () => Math.floor(random() * 4)), dictionary: ['w', 'x', 'y', 'z'] },
    ],
  };
}

test('AUC equals the brute-force share of (current, reference) pairs ranked right, ties counting one half', () => {
  const scores = Float64Array.from([0.1, 0.4, 0.4, 0.35, 0.8, 0.4, 0.2, 0.9]);
  const y = Uint8Array.from([0, 0, 1, 1, 1, 0, 0, 1]);
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < y.length; i++) {
    for (let j = 0; j < y.length; j++) {
      if (y[i] !== 1 || y[j] !== 0) continue;
      pairs++;
      wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  assert.equal(auc(scores, y), wins / pairs);
});

test('the AUC interval is DeLong\'s, computed here from its pairwise definition', () => {
  const random = seededRandom(9);
  const scores = Float64Array.from({ length: 40 }, (_, i) => Math.round((random() + (i % 2) * 0.3) * 20) / 20);
  const y = Uint8Array.from({ length: 40 }, (_, i) => i % 2);
  const pos = [...scores].filter((_, i) => y[i] === 1);
  const neg = [...scores].filter((_, i) => y[i] === 0);
  const psi = (x: number, z: number) => (x > z ? 1 : x === z ? 0.5 : 0);
  const v10 = pos.map((x) => neg.reduce((s, z) => s + psi(x, z), 0) / neg.length);
  const v01 = neg.map((z) => pos.reduce((s, x) => s + psi(x, z), 0) / pos.length);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const variance = (v: number[]) => v.reduce((s, x) => s + (x - mean(v)) ** 2, 0) / (v.length - 1);
  const area = mean(v10);
  const se = Math.sqrt(variance(v10) / pos.length + variance(v01) / neg.length);
  const [lo, hi] = aucInterval(scores, y);
  assert.ok(Math.abs(lo - (area - 1.959964 * se)) < 1e-6 && Math.abs(hi - (area + 1.959964 * se)) < 1e-6, `${lo} ${hi} vs ${area} ± ${1.959964 * se}`);
});

test('Cholesky solves a hand-computed system', () => {
  // [[4, 2], [2, 3]] x = [2, 5] has x = [-0.5, 2].
  const l = cholesky(Float64Array.from([4, 2, 2, 3]), 2);
  assert.deepEqual(Array.from(choleskySolve(l, 2, Float64Array.from([2, 5]))).map((v) => Number(v.toFixed(12))), [-0.5, 2]);
});

/** Ridge least squares on the training rows by Gaussian elimination of the normal equations, row by row. */
function bruteForceScores(x: Float64Array, d: number, y: Uint8Array, fold: Int32Array, folds: number): Float64Array {
  const n = y.length;
  const scores = new Float64Array(n);
  for (let k = 0; k < folds; k++) {
    const train = [...Array(n).keys()].filter((i) => fold[i] !== k);
    const m = Array.from({ length: d }, (_, a) => Array.from({ length: d + 1 }, (_, b) => {
      if (b === d) return train.reduce((s, i) => s + x[i * d + a] * y[i], 0);
      return train.reduce((s, i) => s + x[i * d + a] * x[i * d + b], 0) + (a === b && a > 0 ? RIDGE_PER_ROW * train.length : 0);
    }));
    for (let p = 0; p < d; p++) {
      for (let r = p + 1; r < d; r++) {
        const f = m[r][p] / m[p][p];
        for (let c = p; c <= d; c++) m[r][c] -= f * m[p][c];
      }
    }
    const beta = new Array<number>(d).fill(0);
    for (let p = d - 1; p >= 0; p--) beta[p] = (m[p][d] - beta.reduce((s, v, c) => (c > p ? s + m[p][c] * v : s), 0)) / m[p][p];
    for (let i = 0; i < n; i++) if (fold[i] === k) scores[i] = beta.reduce((s, v, c) => s + v * x[i * d + c], 0);
  }
  return scores;
}

test('out-of-fold scores match ridge least squares refitted by brute force on each training fold', () => {
  const random = seededRandom(4);
  const n = 60;
  const features = ['u', 'v', 'w'].map((name) => ({ name, source: name, numeric: true, values: Float64Array.from({ length: n }, () => normalDraw(random)) }));
  const design = designMatrix(features, n);
  const y = Uint8Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0));
  const fold = assignFolds(n, 5, 1);
  const fast = outOfFoldScores(prepareCrossFit(design, fold, 5), y);
  const slow = bruteForceScores(design.values, design.width, y, fold, 5);
  for (let i = 0; i < n; i++) assert.ok(Math.abs(fast[i] - slow[i]) < 1e-9, `row ${i}: ${fast[i]} vs ${slow[i]}`);
});

test('a correlation that flips from +0.8 to -0.8 is caught while no column drifts on its own', async () => {
  const result = await detectDrift({ table: correlated(1000, 0.8, 1) }, { table: correlated(1000, -0.8, 2) }, { multivariate: true });
  assert.ok(result.columns.every((c) => !c.drifted), result.columns.map((c) => c.reason).join('\n'));
  const mv = result.multivariate;
  assert.ok(mv);
  assert.equal(mv.drifted, true, mv.reason);
  assert.ok(mv.auc > 0.8, `AUC ${mv.auc}`);
  assert.ok(mv.pValue <= 1 / 201 + 1e-12);
  assert.deepEqual(new Set(mv.topFeatures.slice(0, 2).map((f) => f.column)), new Set(['a', 'b']));
  assert.deepEqual(mv.rowsUsed, { reference: 1000, current: 1000 });
});

test('no change is not flagged; large sides are subsampled and the result says so', async () => {
  const quiet = await detectDrift({ table: correlated(800, 0.8, 3) }, { table: correlated(800, 0.8, 4) }, { multivariate: true });
  assert.equal(quiet.multivariate?.drifted, false, quiet.multivariate?.reason);
  const capped = await detectDrift({ table: correlated(900, 0.8, 5) }, { table: correlated(700, 0.8, 6) }, { multivariate: { maxRows: 300, permutations: 20 } });
  assert.deepEqual(capped.multivariate?.rowsUsed, { reference: 300, current: 300 });
  assert.match(capped.multivariate?.note ?? '', /subsampled to at most 300 rows per side \(reference 300 of 900, current 300 of 700\)/);
  assert.equal(capped.multivariate?.permutations, 20);
  const absent = await detectDrift({ table: correlated(50, 0.8, 7) }, { table: correlated(50, 0.8, 8) });
  assert.equal(absent.multivariate, undefined);
});

test('p-values are calibrated under no change: 200 seeded runs flag at about the level', async () => {
  const pValues: number[] = [];
  for (let run = 0; run < 200; run++) {
    const result = await detectDrift({ table: correlated(40, 0.5, 1000 + run) }, { table: correlated(40, 0.5, 5000 + run) }, { multivariate: { permutations: 99, seed: run } });
    pValues.push(result.multivariate?.pValue ?? NaN);
  }
  const share = (below: number) => pValues.filter((p) => p <= below).length / pValues.length;
  // Binomial(200, 0.05) stays within [0.015, 0.095] with probability > 0.99; (1 + #) / 100 makes p <= 0.05 slightly conservative.
  assert.ok(share(0.05) >= 0.015 && share(0.05) <= 0.095, `flag rate ${share(0.05)}`);
  assert.ok(share(0.5) >= 0.4 && share(0.5) <= 0.6, `share below 0.5: ${share(0.5)}`);
});
