import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looRule, scoreDeviation } from '../../../core/monitor/robustRule';
import { nullSeries } from '../../../core/monitor/nullRates';
import { volumeSeries } from '../../../core/monitor/volume';
import { scoreSeries } from '../../../core/monitor/scoreSeries';

test('looRule: median centre, 1.4826 * MAD scale, warn at 4 and alert at 6 scales', () => {
  // median 0.03; |d - median| = 0.02, 0.01, 0, 0.01, 0.07 -> MAD 0.01
  const rule = looRule([0.01, 0.02, 0.03, 0.04, 0.1], 0.02);
  assert.equal(rule.center, 0.03);
  assert.ok(Math.abs(rule.scale - 0.014826) < 1e-12);
  assert.ok(Math.abs(rule.warn - (0.03 + 4 * 0.014826)) < 1e-12);
  assert.ok(Math.abs(rule.alert - (0.03 + 6 * 0.014826)) < 1e-12);
  assert.deepEqual(scoreDeviation(0.03 + 5 * 0.014826, rule, false).decision, 'warn');
});

test('looRule: a reference that never moved still needs minChange to warn', () => {
  const rule = looRule([0, 0, 0, 0], 0.02);
  assert.equal(rule.scale, 0);
  assert.equal(rule.warn, 0.02);
  assert.equal(scoreDeviation(0.019, rule, false).decision, 'ok');
  assert.equal(scoreDeviation(0.021, rule, false).decision, 'warn');
  assert.equal(scoreDeviation(0.031, rule, false).decision, 'alert');
});

test('null deviations of reference windows leave the window out of its own baseline', () => {
  const series = nullSeries([1, 2, 3, 10], [10, 10, 10, 10], [true, true, true, false]);
  // window 0: 0.1 - (2 + 3) / 20; window 1: 0.2 - 4 / 20; window 2: 0.3 - 3 / 20; window 3: 1.0 - 6 / 30
  const expected = [0.1 - 0.25, 0.2 - 0.2, 0.3 - 0.15, 1 - 0.2];
  series.deviation.forEach((d, i) => assert.ok(Math.abs(d - expected[i]) < 1e-12, `window ${i}: ${d} vs ${expected[i]}`));
});

test('leave-one-out widens thresholds that an in-sample baseline would set too low', () => {
  const rows = [100, 100, 100, 100, 100, 100];
  const nulls = [0, 0, 0, 0, 0, 12];
  const reference = [true, true, true, true, true, true];
  const loo = nullSeries(nulls, rows, reference).deviation;
  // in-sample: window 5 is compared with a baseline that already holds its own nulls
  assert.ok(Math.abs(loo[5] - 0.12) < 1e-12, 'left out, the burst window deviates by its whole 12%');
  assert.ok(0.12 - 12 / 600 < loo[5], 'in-sample it would deviate by only 10%');
});

test('volume deviations are log ratios to the median of the other reference windows, two-sided', () => {
  const series = volumeSeries([100, 110, 90, 100, 10], [true, true, true, true, false]);
  assert.ok(Math.abs(series.deviation[1] - Math.log(111 / 101)) < 1e-12);
  assert.ok(Math.abs(series.deviation[4] - Math.log(11 / 101)) < 1e-12);
  const { figures } = scoreSeries(series);
  assert.equal(figures[4].decision, 'alert');
  assert.ok(figures[4].score > 0, 'a drop scores positive');
});
