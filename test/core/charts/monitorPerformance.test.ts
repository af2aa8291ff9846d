import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScatterTrace } from '../../../core/charts';
import { buildChart, figureCsv } from '../../../core/charts';
import { monitorFixture, performanceFixture } from './detectionFixtures';

const traces = () => buildChart('monitor.performance', monitorFixture({ performance: performanceFixture() }))!.data as ScatterTrace[];
const named = (name: string) => traces().find((t) => t.name === name)!;

test('monitor.performance: the observed metric with its interval band', () => {
  const accuracy = named('accuracy');
  assert.deepEqual(accuracy.y, [0.9, 0.88, 0.8, null]);
  assert.equal(accuracy.yaxis, undefined);
  const low = named('accuracy 95% interval (low)');
  const high = named('accuracy 95% interval');
  assert.deepEqual(low.y.map((v) => (v === null ? null : Number((v as number).toFixed(2)))), [0.85, 0.83, 0.75, null]);
  assert.equal(high.fill, 'tonexty');
  assert.equal(low.showlegend, false);
  const names = traces().map((t) => t.name);
  assert.ok(names.indexOf(low.name) < names.indexOf(high.name), 'the band fills from the low line up');
});

test('monitor.performance: estimates are dashed, per method, with their interval', () => {
  const cbpe = named('accuracy (estimated, CBPE)');
  assert.equal(cbpe.line?.dash, 'dash');
  assert.deepEqual(cbpe.y, [null, null, 0.75, 0.7]);
  assert.deepEqual(cbpe.error_y?.array.map((v) => Number(v.toFixed(2))), [0, 0, 0.08, 0.08]);
  assert.deepEqual(cbpe.error_y?.arrayminus.map((v) => Number(v.toFixed(2))), [0, 0, 0.1, 0.1]);
});

test('monitor.performance: label coverage on the second axis, markers at alert onsets', () => {
  const coverage = named('label coverage');
  assert.equal(coverage.yaxis, 'y2');
  assert.deepEqual(coverage.y, [0.9, 0.85, 0.1, 0]);
  const alerts = named('alert onset');
  assert.deepEqual(alerts.x, ['2024-01-03', '2024-01-04'], 'one marker per onset: volume on day 2, nulls on day 3');
  assert.equal(alerts.mode, 'markers');
  assert.equal(alerts.yaxis, 'y2');
  assert.match(alerts.text![1], /alert nulls ingest\.amount/);
  assert.match(alerts.text![0], /alert volume ingest \(2024-01-03 – 2024-01-04\)/);
  const warnings = named('warning onset');
  assert.deepEqual(warnings.x, ['2024-01-04']);
});

test('monitor.performance: nothing to draw without performance; CSV lists every series', () => {
  assert.equal(buildChart('monitor.performance', monitorFixture()), undefined);
  const csv = figureCsv(buildChart('monitor.performance', monitorFixture({ performance: performanceFixture() }))!);
  assert.match(csv, /^series,x,y\n/);
  assert.match(csv, /\naccuracy,2024-01-01,0\.9\n/);
  assert.match(csv, /\n"accuracy \(estimated, CBPE\)",2024-01-04,0\.7\n/);
  assert.match(csv, /\nlabel coverage,2024-01-03,0\.1\n/);
  assert.match(csv, /\nalert onset,2024-01-04,alert nulls ingest\.amount[^\n]*\n/, 'alert markers export what they say, not their plot height');
  assert.doesNotMatch(csv, /1\.06/);
});
