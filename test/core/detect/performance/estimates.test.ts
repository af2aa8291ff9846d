import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performanceSeries } from '../../../../core/detect/performance/performanceSeries';
import type { PerformanceEstimate } from '../../../../core/detect/performance/types';
import { simulator } from './simulate';

const D = 86_400_000;
const t0 = Date.UTC(2024, 0, 1);

test('CBPE on perfectly calibrated scores recovers each unlabeled day\'s accuracy within its interval', () => {
  const sim = simulator(21);
  const times: number[] = [];
  const scores: number[] = [];
  const labels: number[] = [];
  const hidden: number[] = [];
  const push = (day: number, score: number, labeled: boolean) => {
    const y = sim.bernoulli(score);
    times.push(t0 + day * D + (times.length % 1000) * 1000);
    scores.push(score);
    labels.push(labeled ? y : NaN);
    hidden.push(y);
  };
  for (let i = 0; i < 4000; i++) push(0, sim.uniform(), true);
  // Ten unlabeled days whose score mix shifts towards confident positives (covariate shift only).
  for (let day = 1; day <= 10; day++) for (let i = 0; i < 800; i++) push(day, sim.uniform() ** (1 - day / 15), false);
  const series = performanceSeries(
    { task: 'classification', times: Float64Array.from(times), scores: Float64Array.from(scores), labels: Float64Array.from(labels) },
    { reference: { start: t0, end: t0 + D }, bucket: 'day', replicates: 400 },
  );
  let inside = 0;
  let worst = 0;
  for (const w of series.windows.filter((w) => !w.inReference)) {
    assert.equal(w.labeled, 0);
    const cbpe = w.estimates.find((e) => e.method === 'cbpe')!;
    assert.equal(cbpe.estimated, true);
    assert.ok(cbpe.assumptions.length > 0);
    const rows = times.map((_, i) => i).filter((i) => times[i] >= w.start && times[i] < w.start + D);
    const truth = rows.filter((i) => (scores[i] >= 0.5 ? 1 : 0) === hidden[i]).length / rows.length;
    const { value, interval } = cbpe.accuracy;
    if (interval!.low <= truth && truth <= interval!.high) inside++;
    worst = Math.max(worst, Math.abs(value! - truth));
  }
  assert.ok(inside >= 8, `${inside} of 10 days inside the interval`);
  assert.ok(worst < 0.05, `largest error ${worst}`);
  const referenceWindow = series.windows.find((w) => w.inReference)!;
  assert.deepEqual(referenceWindow.estimates, [], 'fully labeled windows are measured, not estimated');
});

test('subgroup reweighting recovers the accuracy of a known shift in the mix', () => {
  // Reference: groups a and b, 1000 labeled each; a is right 90% of the time, b 60%.
  // Window: 200 a, 800 b, unlabeled, so the accuracy it should report is .2·.9 + .8·.6 = .66.
  const times: number[] = [];
  const predicted: number[] = [];
  const labels: number[] = [];
  const codes: number[] = [];
  const add = (day: number, group: number, count: number, rightShare: number, labeled: boolean) => {
    for (let i = 0; i < count; i++) {
      const y = i % 2;
      times.push(t0 + day * D + i);
      codes.push(group);
      predicted.push(i < rightShare * count ? y : 1 - y);
      labels.push(labeled ? y : NaN);
    }
  };
  add(0, 0, 1000, 0.9, true);
  add(0, 1, 1000, 0.6, true);
  add(1, 0, 200, 0.9, false);
  add(1, 1, 800, 0.6, false);
  add(1, 2, 100, 0.5, false); // a value the reference never saw
  const series = performanceSeries(
    {
      task: 'classification',
      times: Float64Array.from(times),
      scores: Float64Array.from(predicted, (p) => (p ? 0.7 : 0.3)),
      classes: Float64Array.from(predicted),
      labels: Float64Array.from(labels),
      subgroup: { column: 'carrier', codes: Int32Array.from(codes), dictionary: ['a', 'b', 'c'] },
    },
    { reference: { start: t0, end: t0 + D }, bucket: 'day', replicates: 300 },
  );
  const window = series.windows[1];
  const estimate = window.estimates.find((e) => e.method === 'subgroup-reweighting') as PerformanceEstimate;
  assert.ok(Math.abs(estimate.accuracy.value! - 0.66) < 1e-12, `estimate ${estimate.accuracy.value}`);
  assert.ok(estimate.accuracy.interval!.low < 0.66 && 0.66 < estimate.accuracy.interval!.high);
  assert.ok(Math.abs(estimate.unsupportedShare! - 100 / 1100) < 1e-12);
  assert.ok(estimate.assumptions.some((a) => a.includes('"carrier"')));
  const unweighted = series.reference.observed.task === 'classification' ? series.reference.observed.accuracy.value! : NaN;
  assert.ok(Math.abs(unweighted - 0.75) < 1e-12, 'the reference itself is at .75: the estimate moved');
  assert.deepEqual(JSON.parse(JSON.stringify(series)), series, 'plain JSON');
});
