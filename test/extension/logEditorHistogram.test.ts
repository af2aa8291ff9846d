import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogColumnInfo } from '../../core/protocol';
import { histogramBars } from '../../webviews/logEditor/histogramBars';
import { histogramView, nullText, rangeText } from '../../webviews/logEditor/columnSummary';

test('bars fill the width with gaps and scale to the tallest count', () => {
  const bars = histogramBars([2, 4, 0, 1], { width: 43, height: 20, gap: 1, minHeight: 1 });
  assert.deepEqual(bars.map((b) => [b.x, b.width]), [[0, 10], [11, 10], [22, 10], [33, 10]]);
  assert.deepEqual(bars.map((b) => [b.y, b.height]), [[10, 10], [0, 20], [20, 0], [15, 5]]);
  const last = bars[bars.length - 1];
  assert.equal(last.x + last.width, 43, 'the last bar ends at the right edge');
});

test('a rare bin keeps the minimum height; an empty one has none', () => {
  const bars = histogramBars([1_000_000, 1, 0], { width: 30, height: 20, gap: 0, minHeight: 2 });
  assert.deepEqual(bars.map((b) => b.height), [20, 2, 0]);
  assert.deepEqual(bars.map((b) => b.y), [0, 18, 20]);
});

test('degenerate inputs: no bars, all zero, many thin bars', () => {
  assert.deepEqual(histogramBars([], { width: 100, height: 10 }), []);
  assert.ok(histogramBars([0, 0], { width: 100, height: 10 }).every((b) => b.height === 0));
  const thin = histogramBars(new Array<number>(200).fill(1), { width: 100, height: 10, gap: 1 });
  assert.ok(thin.every((b) => b.width > 0), 'the gap shrinks so bars never get a negative width');
  assert.ok(Math.abs(thin[199].x + thin[199].width - 100) < 0.02);
});

test('tooltips name the bin (half-open, last closed) or the value, with its count', () => {
  const score: LogColumnInfo = { name: 's', type: 'number', nullRate: 0.25, min: 0, max: 1, histogram: { edges: [0, 0.5, 1], counts: [3, 1200] } };
  assert.deepEqual(histogramView(score)?.labels, ['[0, 0.5): 3', '[0.5, 1]: 1,200']);
  const country: LogColumnInfo = { name: 'c', type: 'category', nullRate: 0, distinct: 3, histogram: { values: ['fr', ''], counts: [5, 2] } };
  assert.deepEqual(histogramView(country)?.labels, ['fr: 5', '(empty): 2']);
  const when: LogColumnInfo = { name: 't', type: 'time', nullRate: 0, histogram: { edges: [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 12)], counts: [7] } };
  assert.deepEqual(histogramView(when)?.labels, ['[2024-01-01 00:00, 2024-01-01 12:00]: 7']);
  assert.equal(histogramView({ name: 'e', type: 'number', nullRate: 1 }), undefined);
});

test('the summary line: range, distinct count or share of true', () => {
  assert.equal(rangeText({ name: 's', type: 'number', nullRate: 0, min: -1.5, max: 0.1 + 0.2 }), '-1.5 … 0.3');
  assert.equal(rangeText({ name: 's', type: 'number', nullRate: 1 }), 'no values');
  assert.equal(rangeText({ name: 't', type: 'time', nullRate: 0, min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 0, 2, 6) }), '2024-01-01T00:00:00Z … 2024-01-02T06:00:00Z');
  assert.equal(rangeText({ name: 'c', type: 'category', nullRate: 0, distinct: 12345 }), '12,345 distinct');
  assert.equal(rangeText({ name: 'b', type: 'boolean', nullRate: 0, histogram: { values: ['false', 'true'], counts: [1, 3] } }), '75% true');
  assert.equal(nullText(0), 'no nulls');
  assert.equal(nullText(0.0004), '<0.1% null');
});
