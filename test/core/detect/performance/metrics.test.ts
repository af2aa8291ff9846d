import { test } from 'node:test';
import assert from 'node:assert/strict';
import expected from '../../../fixtures/performance/expected.json';
import { classificationMetrics } from '../../../../core/detect/performance/classificationMetrics';
import { regressionMetrics } from '../../../../core/detect/performance/regressionMetrics';
import { rocAuc, delongInterval } from '../../../../core/detect/performance/rocAuc';
import { logLoss } from '../../../../core/detect/performance/logLoss';
import { calibrationError } from '../../../../core/detect/performance/calibrationError';
import { averageRanks } from '../../../../core/detect/performance/ranks';
import { normalQuantile } from '../../../../core/detect/performance/normal';
import { wilsonInterval } from '../../../../core/detect/performance/wilson';
import { fitIsotonic, applyIsotonic } from '../../../../core/detect/performance/isotonic';
import { softAuc } from '../../../../core/detect/performance/softAuc';

const options = { level: 0.95, replicates: 300, seed: 7 };
const close = (actual: number | null | undefined, want: number, tol: number, what: string) => {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - want) <= tol, `${what}: got ${actual}, sklearn/scipy ${want}`);
};

for (const c of expected.classification) {
  test(`classification metrics agree with sklearn: ${c.name}`, () => {
    const sample = { scores: Float64Array.from(c.scores), predicted: Float64Array.from(c.predicted), labels: Float64Array.from(c.labels) };
    const m = classificationMetrics(sample, c.labels.length * 2, options);
    close(m.accuracy.value, c.accuracy, 1e-12, 'accuracy');
    close(m.precision.value, c.precision, 1e-12, 'precision');
    close(m.recall.value, c.recall, 1e-12, 'recall');
    close(m.f1.value, c.f1, 1e-12, 'f1');
    close(m.rocAuc.value, c.rocAuc, 1e-12, 'roc auc');
    close(m.logLoss.value, c.logLoss, 1e-10, 'log loss');
    close(m.calibrationError.value, c.calibrationError, 1e-12, 'calibration error');
    close(m.accuracy.interval?.low, c.accuracyWilson[0], 1e-9, 'accuracy wilson low');
    close(m.accuracy.interval?.high, c.accuracyWilson[1], 1e-9, 'accuracy wilson high');
    close(m.precision.interval?.low, c.precisionWilson[0], 1e-9, 'precision wilson low');
    close(m.recall.interval?.high, c.recallWilson[1], 1e-9, 'recall wilson high');
    close(m.rocAuc.interval?.low, c.rocAucDelong[0], 1e-9, 'delong low');
    close(m.rocAuc.interval?.high, c.rocAucDelong[1], 1e-9, 'delong high');
    assert.equal(m.accuracy.labeled, c.labels.length);
    assert.equal(m.accuracy.coverage, 0.5);
    for (const key of ['f1', 'logLoss', 'calibrationError'] as const) {
      const v = m[key];
      assert.equal(v.interval?.method, 'bootstrap-percentile');
      assert.ok(v.interval!.low <= v.value! && v.value! <= v.interval!.high, `${key} bootstrap interval holds its estimate`);
    }
  });
}

test('regression MAE, RMSE and the MAE normal interval agree with sklearn/scipy', () => {
  const r = expected.regression;
  const m = regressionMetrics({ scores: Float64Array.from(r.predicted), predicted: new Float64Array(0), labels: Float64Array.from(r.truth) }, 400, options);
  close(m.mae.value, r.mae, 1e-12, 'mae');
  close(m.rmse.value, r.rmse, 1e-12, 'rmse');
  close(m.mae.interval?.low, r.maeNormal[0], 1e-9, 'mae low');
  close(m.mae.interval?.high, r.maeNormal[1], 1e-9, 'mae high');
  assert.equal(m.rmse.coverage, 0.5);
});

test('Wilson intervals agree with scipy binomtest(...).proportion_ci(method="wilson")', () => {
  for (const [k, n, [low, high]] of expected.wilson as [number, number, [number, number]][]) {
    const ci = wilsonInterval(k, n, 0.95)!;
    close(ci.low, low, 1e-12, `wilson ${k}/${n} low`);
    close(ci.high, high, 1e-12, `wilson ${k}/${n} high`);
  }
  assert.equal(wilsonInterval(0, 0, 0.95), null);
});

test('normal quantile agrees with scipy.stats.norm.ppf', () => {
  for (const [p, z] of expected.normalQuantile) close(normalQuantile(p), z, 1e-9 * Math.max(1, Math.abs(z)), `ppf(${p})`);
});

test('average ranks agree with scipy.stats.rankdata', () => {
  assert.deepEqual([...averageRanks(expected.rankdata.values)], expected.rankdata.ranks);
});

test('isotonic calibration agrees with sklearn IsotonicRegression(out_of_bounds="clip")', () => {
  const iso = expected.isotonic;
  const map = fitIsotonic(iso.x, iso.y);
  iso.grid.forEach((x, i) => close(applyIsotonic(map, x), iso.predicted[i], 1e-12, `isotonic(${x})`));
});

test('DeLong midrank form equals the all-pairs definition (delongAuc from the generator)', () => {
  const c = expected.classification[0];
  close(rocAuc(c.scores, c.labels), c.delongAuc, 1e-12, 'auc');
});

test('hand-computed small case', () => {
  // labels 1 1 0 0 1 0, predicted 1 0 0 1 1 0: tp 2, fn 1, fp 1, tn 2.
  const sample = {
    scores: Float64Array.from([0.9, 0.4, 0.2, 0.6, 0.6, 0.1]),
    predicted: Float64Array.from([1, 0, 0, 1, 1, 0]),
    labels: Float64Array.from([1, 1, 0, 0, 1, 0]),
  };
  const m = classificationMetrics(sample, 10, options);
  assert.equal(m.accuracy.value, 4 / 6);
  assert.equal(m.precision.value, 2 / 3);
  assert.equal(m.recall.value, 2 / 3);
  assert.equal(m.f1.value, 2 / 3);
  // positives 0.9, 0.4, 0.6 vs negatives 0.2, 0.6, 0.1: 3 + 2 + (2 + ½) = 7.5 of 9 pairs.
  assert.equal(m.rocAuc.value, 7.5 / 9);
  assert.equal(m.accuracy.coverage, 0.6);
  // Bins (0.1] (0.2] (0.4] (0.6] (0.9]: |0-0.1| + |0-0.2| + |1-0.4| + 2·|0.5-0.6| + |1-0.9| over 6.
  assert.ok(Math.abs(calibrationError(sample.scores, sample.labels) - (0.1 + 0.2 + 0.6 + 0.2 + 0.1) / 6) < 1e-12);
  assert.ok(Math.abs(logLoss([1, 0], [1, 0]) - 1e-15) < 1e-17, 'perfect scores are clipped at eps');
  assert.ok(Math.abs(logLoss([0], [1]) + Math.log(1e-15)) < 1e-9);
});

test('undefined metrics are null, not NaN, and stay JSON-clean', () => {
  const sample = { scores: Float64Array.from([0.2, 0.3]), predicted: Float64Array.from([0, 0]), labels: Float64Array.from([0, 0]) };
  const m = classificationMetrics(sample, 2, options);
  assert.equal(m.precision.value, null, 'no predicted positives');
  assert.equal(m.recall.value, null, 'no actual positives');
  assert.equal(m.rocAuc.value, null, 'one class');
  assert.equal(m.accuracy.value, 1);
  const empty = classificationMetrics({ scores: new Float64Array(0), predicted: new Float64Array(0), labels: new Float64Array(0) }, 5, options);
  assert.equal(empty.accuracy.value, null);
  assert.equal(empty.accuracy.coverage, 0);
  assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
});

test('softAuc with 0/1 weights is the ordinary AUC, and weights count like repeated records', () => {
  const c = expected.classification[1];
  const pos = c.labels.map((y) => y);
  const neg = c.labels.map((y) => 1 - y);
  close(softAuc(c.scores, pos, neg), c.rocAuc, 1e-12, 'soft auc');
  const scores = [0.1, 0.4, 0.35, 0.8];
  const labels = [0, 0, 1, 1];
  const doubled = { scores: [...scores, 0.35], labels: [...labels, 1] };
  const w = [1, 1, 2, 1];
  close(
    softAuc(scores, labels.map((y, i) => y * w[i]), labels.map((y, i) => (1 - y) * w[i])),
    rocAuc(doubled.scores, doubled.labels),
    1e-12,
    'weighted',
  );
});

test('DeLong needs two records of each class', () => {
  assert.equal(delongInterval([0.1, 0.9, 0.8], [0, 1, 1], 0.95), null);
});
