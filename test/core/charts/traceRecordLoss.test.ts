import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChart, chartsFor, figureCsv, stageLossFigure } from '../../../core/charts';
import type { ScatterTrace } from '../../../core/charts';
import { traceFixture } from '../../webviews/traceFixture';

test('trace.recordLoss is registered for trace results and draws every non-zero kind of every pair per window', () => {
  assert.deepEqual(chartsFor('trace'), ['trace.recordLoss']);
  const figure = buildChart('trace.recordLoss', traceFixture());
  assert.ok(figure);
  const traces = figure.data as ScatterTrace[];
  assert.deepEqual(traces.map((t) => t.name), ['ingest → clean dropped', 'ingest → clean nulled']);
  assert.deepEqual(traces[0].x, ['2024-01-01', '2024-01-02', '2024-01-03']);
  assert.deepEqual(traces[0].y, [1, 1, 0]);
  assert.deepEqual(traces[1].y, [0, 3, 0]);
  assert.equal(figure.layout.xaxis?.type, 'date');
  assert.match(figureCsv(figure), /ingest → clean dropped/);
  assert.notEqual(traces[0].line?.dash, traces[1].line?.dash, 'within a pair the kind is the dash');
});

test('pairs sharing the chart differ by color', () => {
  const result = traceFixture();
  const busy = { ...result.stageLoss[0], from: 'clean', to: 'features' };
  const figure = buildChart('trace.recordLoss', { ...result, stageLoss: [result.stageLoss[0], busy] });
  const colors = (figure?.data as ScatterTrace[]).map((t) => t.line?.color);
  assert.equal(colors[0], colors[1]);
  assert.notEqual(colors[0], colors[2]);
});

test('no pair with windows: nothing to draw', () => {
  assert.equal(buildChart('trace.recordLoss', traceFixture({ stageLoss: [] })), undefined);
  const [pair] = traceFixture().stageLoss;
  assert.equal(stageLossFigure({ ...pair, byWindow: [] }, 'day'), undefined);
});

test('one pair\'s small chart keeps all three kinds, even a kind that never happens', () => {
  const [, quiet] = traceFixture().stageLoss;
  const figure = stageLossFigure(quiet, 'day');
  assert.ok(figure);
  assert.deepEqual(figure.data.map((t) => t.name), ['dropped', 'nulled', 'changed']);
  assert.ok((figure.layout.height ?? 0) < 300);
});
