import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowColumnQuery } from '../../../core/monitor/unseenCategories';
import type { LogTable } from '../../../core/io/logTable';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { referenceBins } from '../../../core/monitor/driftBins';
import { totalVariation, windowDrift } from '../../../core/monitor/windowDrift';
import { createRandom } from '../../../core/demo/random';

const DAY = 86_400_000;
/** A Monday. */
const T0 = Date.UTC(2024, 0, 1);
const REFERENCE_DAYS = 35;
const DAYS = 56;
const SHIFT_DAY = 42;
/** Enough rows that a 10% slice holds the 100 rows a slice needs to be scored. */
const ROWS_PER_DAY = 1200;
const SEGMENTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

test('totalVariation: half the summed share differences, whatever the totals', () => {
  assert.equal(totalVariation([1, 1, 2], [2, 1, 1]), 0.25);
  assert.equal(totalVariation([3, 1], [1, 1]), 0.25);
  assert.equal(totalVariation([10, 0, 30], [1, 0, 3]), 0);
  assert.equal(totalVariation([5, 0], [0, 7]), 1);
  assert.ok(Math.abs(totalVariation([1, 2, 3, 4], [4, 3, 2, 1]) - 0.4) < 1e-12); // (0.3 + 0.1 + 0.1 + 0.3) / 2
  assert.equal(totalVariation([2, 6], [6, 2]), totalVariation([6, 2], [2, 6]), 'symmetric');
});

/** Per row: its day, a standard normal draw and a segment; segment "g" is exactly every tenth row of a day. */
const base = (() => {
  const random = createRandom(2024);
  const ts: Date[] = [];
  const day: number[] = [];
  const noise: number[] = [];
  const seg: string[] = [];
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < ROWS_PER_DAY; i++) {
      ts.push(new Date(T0 + d * DAY + Math.floor((i / ROWS_PER_DAY) * DAY)));
      day.push(d);
      noise.push(random.normal());
      seg.push(i % 10 === 0 ? 'g' : SEGMENTS.filter((s) => s !== 'g')[Math.floor(random.next() * 7)]);
    }
  }
  return { ts, day, noise, seg };
})();

const starts = Array.from({ length: DAYS }, (_, d) => T0 + d * DAY);
const isReference = starts.map((_, d) => d < REFERENCE_DAYS);

/** x = noise + shift(row); drift of x scored with the segment column as slices. */
async function drift(shift: (day: number, seg: string) => number) {
  const x = Float64Array.from(base.noise, (v, i) => v + shift(base.day[i], base.seg[i]));
  const tables = new Map<string, LogTable>([['s', fromDataFrame({ ts: base.ts, x, seg: base.seg })]]);
  const query: WindowColumnQuery = { engine: new ArqueroEngine(tables), stage: 's', time: 'ts', bucket: 'day', column: 'x', starts, isReference };
  const bins = await referenceBins(query, 'number', { lo: -3, hi: 3 });
  assert.ok(bins);
  return windowDrift(query, bins, [{ column: 'seg', values: SEGMENTS }]);
}

const current = (from = REFERENCE_DAYS) => starts.map((_, d) => d).filter((d) => d >= from);
const decisions = (result: Awaited<ReturnType<typeof drift>>, days: number[]) => days.map((d) => result.figures[d]?.decision);

test('an unchanged column: no window after the reference warns and none names a slice', async () => {
  const result = await drift(() => 0);
  assert.equal(result.figures.length, DAYS);
  assert.ok(result.figures.every((f) => f !== undefined), 'every window is scored');
  assert.deepEqual(decisions(result, current()), current().map(() => 'ok'));
  assert.deepEqual(current().map((d) => result.subpopulations[d]), current().map(() => undefined));
  assert.ok(result.sliceFactor >= 1);
  assert.equal(result.rule.minChange, 0.05);
});

test('the whole column shifting by one standard deviation alerts from the shift day on, not before', async () => {
  const result = await drift((day) => (day >= SHIFT_DAY ? 1 : 0));
  assert.deepEqual(decisions(result, current()), current().map((d) => (d >= SHIFT_DAY ? 'alert' : 'ok')));
  for (const d of current(SHIFT_DAY)) {
    const f = result.figures[d]!;
    // Hand-checked order of magnitude: shifting N(0, 1) by 1 moves about 38% of the mass (2 * Phi(0.5) - 1).
    assert.ok(f.value > 0.25 && f.value < 0.5, `day ${d}: distance ${f.value}`);
    const move = result.largestMove[d]!;
    assert.ok(move.current !== move.reference);
    assert.equal(result.subpopulations[d], undefined, `day ${d}: every segment moved alike, so no segment is named`);
  }
});

test('a weekly cycle in the reference is not drift: each weekday is compared with its own weekdays', async () => {
  // Saturdays and Sundays (T0 is a Monday) run one standard deviation higher, every week.
  const weekend = (day: number) => (day % 7 >= 5 ? 1 : 0);
  const result = await drift(weekend);
  assert.deepEqual(decisions(result, current()), current().map(() => 'ok'));
});

test('one slice of 10% of rows shifting: the window is flagged and its subpopulation names that slice', async () => {
  const result = await drift((day, seg) => (day >= SHIFT_DAY && seg === 'g' ? 3 : 0));
  assert.deepEqual(decisions(result, current(REFERENCE_DAYS).filter((d) => d < SHIFT_DAY)), new Array(SHIFT_DAY - REFERENCE_DAYS).fill('ok'));
  for (const d of current(SHIFT_DAY)) {
    const f = result.figures[d]!;
    assert.notEqual(f.decision, 'ok', `day ${d}`);
    const sub = result.subpopulations[d];
    assert.ok(sub, `day ${d} names a subpopulation`);
    assert.equal(sub.column, 'seg');
    assert.equal(sub.value, 'g');
    assert.ok(Math.abs(sub.share - 0.1) < 1e-9, `share ${sub.share}`);
    // Inside the slice, N(0, 1) against N(3, 1) on the bins: most of the mass moved; outside, only noise.
    assert.ok(sub.inside > 0.7, `inside ${sub.inside}`);
    assert.ok(sub.outside < 0.15, `outside ${sub.outside}`);
    assert.match(sub.description, /^seg = g \(10\.0% of rows\)/);
  }
});

test('a slice shift too small to pass the overall warn line is still flagged through its slice', async () => {
  const result = await drift((day, seg) => (day >= SHIFT_DAY && seg === 'g' ? 1.5 : 0));
  const shifted = current(SHIFT_DAY);
  const belowOverallWarn = shifted.filter((d) => result.figures[d]!.value < result.rule.warn);
  assert.ok(belowOverallWarn.length >= shifted.length / 2, 'the overall distance alone would miss most shifted days');
  for (const d of shifted) {
    assert.notEqual(result.figures[d]!.decision, 'ok', `day ${d}`);
    assert.equal(result.subpopulations[d]?.value, 'g', `day ${d}`);
  }
});
