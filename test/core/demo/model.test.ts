import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic, predictScores, rawCoefficients } from '../../../core/demo/model';
import { createRandom } from '../../../core/demo/random';
import { bestF1Threshold } from '../../../core/demo/threshold';

test('fitLogistic finds the closed-form MLE for one binary input', () => {
  // x = 0: 1 positive in 4 -> intercept = logit(1/4) = -ln 3; x = 1: 3 in 4 -> slope = 2 ln 3.
  const x = Float64Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
  const y = [1, 0, 0, 0, 1, 1, 1, 0];
  const model = fitLogistic('t', ['x'], [x], y, { l2: 0 });
  const [b0, b1] = rawCoefficients(model);
  assert.ok(Math.abs(b0 + Math.log(3)) < 1e-9, `intercept ${b0}`);
  assert.ok(Math.abs(b1 - 2 * Math.log(3)) < 1e-9, `slope ${b1}`);
  const scores = predictScores(model, [Float64Array.from([0, 1])]);
  assert.ok(Math.abs(scores[0] - 0.25) < 1e-9 && Math.abs(scores[1] - 0.75) < 1e-9);
});

test('fitLogistic recovers known coefficients from simulated data', () => {
  const random = createRandom(7);
  const n = 40_000;
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x1[i] = random.normal();
    x2[i] = 10 + 5 * random.next();
    y[i] = random.next() < 1 / (1 + Math.exp(-(2 + 1.5 * x1[i] - 0.3 * x2[i]))) ? 1 : 0;
  }
  const [b0, b1, b2] = rawCoefficients(fitLogistic('t', ['x1', 'x2'], [x1, x2], y));
  assert.ok(Math.abs(b0 - 2) < 0.3, `intercept ${b0}`);
  assert.ok(Math.abs(b1 - 1.5) < 0.06, `x1 ${b1}`);
  assert.ok(Math.abs(b2 + 0.3) < 0.03, `x2 ${b2}`);
});

test('bestF1Threshold cuts between distinct scores', () => {
  // Cuts after 1..5 scores give F1 = 2tp / (k + 3): 2/4, 4/5, 4/6, 4/7, 6/8. Best: top two.
  const { threshold, f1 } = bestF1Threshold(Float64Array.from([0.9, 0.8, 0.4, 0.3, 0.1]), [1, 1, 0, 0, 1]);
  assert.equal(threshold, 0.8);
  assert.ok(Math.abs(f1 - 0.8) < 1e-12);
});
