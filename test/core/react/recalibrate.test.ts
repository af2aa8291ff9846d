import { test } from 'node:test';
import assert from 'node:assert/strict';
import fixtures from '../../fixtures/whatif/whatif_fixtures.json';
import { applyPlatt, fitPlatt } from '../../../core/react/recalibrate/platt';
import { fitIsotonic } from '../../../core/detect/performance/isotonic';
import { applyIsotonic, fitIsotonicCalibrator } from '../../../core/react/recalibrate/isotonic';
import { adjustToPrior, estimatePrior, impliedTrainingPrior } from '../../../core/react/recalibrate/priorShift';

interface PlattCase { name: string; scores: number[]; labels: number[]; expected: { a: number; b: number } }
interface IsotonicCase { values: number[]; weights: number[]; expected: number[] }
interface PriorCase { trainingPrior: number; truePrior: number; scores: number[]; expected: number }

const close = (got: number, want: number, tol: number, what: string) => assert.ok(Math.abs(got - want) <= tol, `${what}: ${got} vs ${want}`);

test('Platt scaling matches scipy.optimize (BFGS on the same smoothed-target likelihood)', () => {
  for (const c of fixtures.platt as PlattCase[]) {
    const fit = fitPlatt(c.scores, c.labels);
    assert.ok(fit, c.name);
    close(fit.a, c.expected.a, 1e-6, `${c.name} a`);
    close(fit.b, c.expected.b, 1e-6, `${c.name} b`);
  }
});

test('Platt: one class only gives no fit; a = 1, b = 0 is the identity', () => {
  assert.equal(fitPlatt([0.2, 0.7], [1, 1]), null);
  close(applyPlatt({ a: 1, b: 0 }, 0.3), 0.3, 1e-12, 'identity');
});

/** Weighted least-squares monotone fit by its min-max formula: fit_i = max_{j<=i} min_{k>=i} mean(j..k). */
function minMaxIsotonic(values: number[], weights: number[]): number[] {
  const n = values.length;
  const mean = (j: number, k: number) => {
    let s = 0;
    let w = 0;
    for (let i = j; i <= k; i++) {
      s += weights[i] * values[i];
      w += weights[i];
    }
    return s / w;
  };
  return values.map((_, i) => {
    let best = -Infinity;
    for (let j = 0; j <= i; j++) {
      let inner = Infinity;
      for (let k = i; k < n; k++) inner = Math.min(inner, mean(j, k));
      best = Math.max(best, inner);
    }
    return best;
  });
}

test('weighted PAVA matches scipy.optimize.isotonic_regression and the min-max formula', () => {
  for (const c of fixtures.isotonic as IsotonicCase[]) {
    const x = c.values.map((_, i) => i);
    const fit = fitIsotonic(x, c.values, c.weights);
    const brute = minMaxIsotonic(c.values, c.weights);
    fit.y.forEach((v, i) => {
      close(v, c.expected[i], 1e-9, `scipy ${i}`);
      close(v, brute[i], 1e-9, `min-max ${i}`);
    });
  }
});

test('isotonic calibrator: tied scores pool into one point, interpolation between, clipped outside', () => {
  // Scores 0.2 (labels 0, 1) pool to 0.5 at one point; 0.4 has label 0, which violates and pools
  // with it: (0 + 1 + 0) / 3. Then 0.8 -> 1.
  const map = fitIsotonicCalibrator([0.2, 0.2, 0.4, 0.8, 0.5], [0, 1, 0, 1, NaN]);
  assert.ok(map);
  assert.deepEqual([...map.x], [0.2, 0.4, 0.8]);
  assert.deepEqual([...map.y], [1 / 3, 1 / 3, 1]);
  close(applyIsotonic(map, 0.6), 1 / 3 + (2 / 3) * 0.5, 1e-12, 'between');
  assert.equal(applyIsotonic(map, 0.05), 1 / 3);
  assert.equal(applyIsotonic(map, 0.95), 1);
  // Brute force on small 0/1 inputs with ties: pooled means at each distinct score.
  const scores = [0.1, 0.3, 0.3, 0.3, 0.5, 0.7, 0.7, 0.9];
  const labels = [1, 0, 1, 0, 0, 1, 1, 0];
  const got = fitIsotonicCalibrator(scores, labels)!;
  const distinct = [0.1, 0.3, 0.5, 0.7, 0.9];
  const means = [1, 1 / 3, 0, 1, 0];
  const counts = [1, 3, 1, 2, 1];
  assert.deepEqual([...got.x], distinct);
  minMaxIsotonic(means, counts).forEach((v, i) => close(got.y[i], v, 1e-12, `tie case ${i}`));
});

test('prior-shift EM reaches the likelihood maximum scipy finds, near the true shifted prior', () => {
  for (const c of fixtures.prior as PriorCase[]) {
    const fit = estimatePrior(c.scores, c.trainingPrior);
    assert.ok(fit?.converged);
    close(fit.newPrior, c.expected, 1e-6, 'MLE');
    close(fit.newPrior, c.truePrior, 0.03, 'true prior');
    // Read backwards: at the MLE as label rate, the prior the scores were made for is found again.
    close(impliedTrainingPrior(c.scores, c.expected)!, c.trainingPrior, 1e-6, 'implied training prior');
  }
});

test('odds adjustment: same prior leaves a score alone; a known case by hand', () => {
  close(adjustToPrior(0.3, 0.4, 0.4), 0.3, 1e-15, 'identity');
  // Prior 0.5 -> 0.2: odds 1 become 0.25, so 0.5 -> 0.2.
  close(adjustToPrior(0.5, 0.5, 0.2), 0.2, 1e-15, 'by hand');
  assert.equal(estimatePrior([0.2, 0.3], 1), null);
});
