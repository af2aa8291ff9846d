import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarTrace, ScatterTrace } from '../../../core/charts';
import { buildChart, chartsFor, diffCells, figureCsv, sliceCells } from '../../../core/charts';
import { sliceComplement } from '../../../core/diagnose/slices/sliceComplement';
import { wilsonInterval } from '../../../core/detect/performance/wilson';
import { slicesFixture, sliceDiffFixture } from './sliceFixtures';

test('the registry draws slices and slice-diff results', () => {
  assert.deepEqual(chartsFor('slices'), ['slices.errors']);
  assert.deepEqual(chartsFor('slice-diff'), ['sliceDiff.shares']);
});

test('slices.errors: error per slice in rank order with interval bars, folded and small slices apart, the overall error as a line', () => {
  const figure = buildChart('slices.errors', slicesFixture());
  assert.ok(figure);
  const [top, folded, small, overall] = figure.data as ScatterTrace[];
  assert.deepEqual([top.name, folded.name, small.name, overall.name], ['slice', 'folded into a parent', 'small, significant', 'overall error']);
  assert.deepEqual([top.x, folded.x, small.x], [['#1'], ['#2'], ['small 1']]);
  assert.deepEqual(top.y, [0.5]);
  assert.deepEqual(top.error_y?.array.map((v) => Number(v.toFixed(3))), [0.05]);
  assert.deepEqual(top.error_y?.arrayminus.map((v) => Number(v.toFixed(3))), [0.05]);
  assert.match(top.text?.[0] ?? '', /^country = DE<br>200 rows/);
  assert.deepEqual(overall.x, ['#1', '#2', 'small 1']);
  assert.deepEqual(overall.y, [0.2, 0.2, 0.2]);
  assert.equal(overall.line?.dash, 'dash');
  assert.deepEqual(figure.layout.xaxis?.range, [-0.5, 2.5]);
  assert.match(figureCsv(figure), /\nslice,#1,0\.5\n/);
});

test('slices.errors: nothing to draw without slices', () => {
  assert.equal(buildChart('slices.errors', { ...slicesFixture(), slices: [], significantSmall: [] }), undefined);
});

test('sliceDiff.shares: reference and current share per slice, grown first', () => {
  const figure = buildChart('sliceDiff.shares', sliceDiffFixture());
  assert.ok(figure);
  const [reference, current] = figure.data as BarTrace[];
  assert.deepEqual([reference.name, current.name], ['reference', 'current']);
  assert.deepEqual(reference.x, ['↑1', '↓1']);
  assert.match(reference.text?.[0] ?? '', /^country = FR<br>100 rows/);
  assert.deepEqual(reference.y, [0.1, 0.4]);
  assert.deepEqual(current.y, [0.3, 0.1]);
  assert.equal(figure.layout.barmode, 'group');
  assert.equal(buildChart('sliceDiff.shares', { ...sliceDiffFixture(), grown: [], shrunk: [] }), undefined);
});

test('table cells: rank, predicates, size, error and interval, score, adjusted p, folding', () => {
  const result = slicesFixture();
  assert.deepEqual(sliceCells({ ...result.slices[1], errorInterval: [0.25, 0.75] }, 'top', 1), ['#2', 'country = DE & device = ios', '100', '52%', '25% – 75%', '0.2', '2.0e-6', 'into #1']);
  assert.equal(sliceCells(result.significantSmall[0], 'small', 0)[0], 'small 1');
  assert.deepEqual(diffCells(sliceDiffFixture().grown[0], 'grown', 0), ['↑1', 'country = FR', '10% (100)', '30% (150)', '3']);
});

test('sliceComplement: the rest of the rows from the result totals, Wilson for 0/1 errors', () => {
  const result = slicesFixture();
  const rest = sliceComplement(result, result.slices[0]);
  // 1000 rows at 0.2 = 200 errors; the slice holds 100 of them in 200 rows: 100 in the other 800.
  assert.equal(rest.size, 800);
  assert.equal(rest.error, 0.125);
  const w = wilsonInterval(100, 800, 0.95);
  assert.deepEqual(rest.errorInterval, [w?.low, w?.high]);
  const continuous = sliceComplement({ ...result, options: { ...result.options, errorKind: 'continuous' } }, result.slices[0]);
  assert.equal(continuous.errorInterval, undefined);
});
