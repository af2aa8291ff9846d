import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wilsonInterval } from '../../../../core/detect/performance/wilson';
import { delongInterval, rocAuc } from '../../../../core/detect/performance/rocAuc';
import { classificationMetrics } from '../../../../core/detect/performance/classificationMetrics';
import { regressionMetrics } from '../../../../core/detect/performance/regressionMetrics';
import { simulator } from './simulate';

// Coverage checks: repeated samples from a known population; a 95% interval should hold the
// population value about 95% of the time. Bounds are wide enough for the number of repeats.
const covered = (hits: boolean[]) => hits.filter(Boolean).length / hits.length;

test('Wilson interval covers the true proportion about 95% of the time (n = 40, p = 0.2)', () => {
  const sim = simulator(11);
  const hits = Array.from({ length: 2000 }, () => {
    let k = 0;
    for (let i = 0; i < 40; i++) k += sim.bernoulli(0.2);
    const ci = wilsonInterval(k, 40, 0.95)!;
    return ci.low <= 0.2 && 0.2 <= ci.high;
  });
  const c = covered(hits);
  assert.ok(c > 0.92 && c < 0.98, `coverage ${c}`);
});

test('DeLong interval covers the binormal AUC about 95% of the time', () => {
  const sim = simulator(12);
  const trueAuc = 0.7602499389065233; // Φ(1/√2): positives N(1, 1), negatives N(0, 1)
  const hits = Array.from({ length: 300 }, () => {
    const labels = Float64Array.from({ length: 150 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const scores = labels.map((y) => sim.normal() + y);
    const ci = delongInterval(scores, labels, 0.95)!;
    assert.ok(ci.low <= rocAuc(scores, labels) && rocAuc(scores, labels) <= ci.high);
    return ci.low <= trueAuc && trueAuc <= ci.high;
  });
  const c = covered(hits);
  assert.ok(c > 0.9 && c < 0.985, `coverage ${c}`);
});

test('bootstrap F1 interval covers the population F1 most of the time', () => {
  const sim = simulator(13);
  // P(y=1) 0.4; predicted right 80% of the time: TP .32, FP .12, FN .08, F1 = .64 / .84.
  const trueF1 = 0.64 / 0.84;
  const hits = Array.from({ length: 150 }, (_, r) => {
    const labels = Float64Array.from({ length: 300 }, () => sim.bernoulli(0.4));
    const predicted = labels.map((y) => (sim.bernoulli(0.8) ? y : 1 - y));
    const m = classificationMetrics({ scores: predicted.map((p) => (p ? 0.8 : 0.2)), predicted, labels }, 300, { level: 0.95, replicates: 200, seed: r });
    return m.f1.interval!.low <= trueF1 && trueF1 <= m.f1.interval!.high;
  });
  const c = covered(hits);
  assert.ok(c > 0.87 && c < 0.995, `coverage ${c}`);
});

test('MAE normal interval covers the population MAE most of the time', () => {
  const sim = simulator(14);
  const trueMae = Math.sqrt(2 / Math.PI); // E|N(0, 1)|
  const hits = Array.from({ length: 400 }, () => {
    const labels = Float64Array.from({ length: 100 }, () => sim.normal());
    const m = regressionMetrics({ scores: new Float64Array(100), predicted: new Float64Array(0), labels }, 100, { level: 0.95, replicates: 10, seed: 1 });
    return m.mae.interval!.low <= trueMae && trueMae <= m.mae.interval!.high;
  });
  const c = covered(hits);
  assert.ok(c > 0.91 && c < 0.98, `coverage ${c}`);
});
