import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BinSpec } from '../../../core/engine/engine';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { bucketStart } from '../../../core/engine/engine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { seededRandom } from '../../../core/stats/seededRandom';

const H = 3_600_000;
const D = 24 * H;
const t0 = Date.UTC(2024, 0, 1);

// Two days of hand-picked values around the edges [0, 1, 2, 5] plus an untimed row.
const small = new ArqueroEngine(
  new Map([
    [
      'stage',
      fromDataFrame({
        ts: [t0 + H, t0 + 2 * H, t0 + 3 * H, t0 + 4 * H, t0 + 5 * H, t0 + 6 * H, t0 + D + H, t0 + D + 2 * H, t0 + D + 3 * H, null].map((t) => (t === null ? null : new Date(t))),
        x: [-0.5, 0, 0.999, 1, 5, 5.0001, null, 2, 4.9, 3],
        cat: ['a', 'b', 'z', null, 'a', 'y', 'b', 'b', 'a', 'a'],
        region: ['n', 's', 'n', 'n', 'w', 's', 'n', 's', null, 'n'],
      }),
    ],
  ]),
);

test('edge bins: below, [e(i-1), e(i)), last edge closed, above; missing values and untimed rows in no bin', async () => {
  const result = await small.windowedBinCounts('stage', { time: 'ts', bucket: 'day', column: 'x', bins: { kind: 'edges', edges: [0, 1, 2, 5] } });
  assert.deepEqual(result.starts, [t0, t0 + D]);
  assert.deepEqual(result.slices, ['*']);
  assert.equal(result.bins, 5);
  // Day 1: -0.5 below; 0 and 0.999 in [0, 1); 1 in [1, 2); 5 (the last edge) in [2, 5]; 5.0001 above.
  // Day 2: null skipped; 2 and 4.9 in [2, 5].
  assert.deepEqual(Array.from(result.counts), [1, 2, 1, 1, 1, /* day 2 */ 0, 0, 0, 2, 0]);
});

test('category bins end with "(other)" for values not listed; nulls in no bin', async () => {
  const result = await small.windowedBinCounts('stage', { time: 'ts', bucket: 'day', column: 'cat', bins: { kind: 'categories', values: ['a', 'b'] } });
  assert.equal(result.bins, 3);
  // Day 1: a, b, z, null, a, y -> a 2, b 1, other 2. Day 2: b, b, a.
  assert.deepEqual(Array.from(result.counts), [2, 1, 2, 1, 2, 0]);
});

test('slices count only rows whose slice value is listed, in the listed order', async () => {
  const result = await small.windowedBinCounts('stage', {
    time: 'ts',
    bucket: 'day',
    column: 'cat',
    bins: { kind: 'categories', values: ['a', 'b'] },
    slice: { column: 'region', values: ['s', 'n'] },
  });
  assert.deepEqual(result.slices, ['s', 'n']);
  // Day 1 rows (cat, region): (a,n) (b,s) (z,n) (null,n) (a,w) (y,s): w is not listed.
  // Day 2 rows: (b,n) (b,s) (a,null).
  assert.deepEqual(Array.from(result.counts), [
    /* day 1, s */ 0, 1, 1,
    /* day 1, n */ 1, 0, 1,
    /* day 2, s */ 0, 1, 0,
    /* day 2, n */ 0, 1, 0,
  ]);
});

test('numeric edges on category columns are refused', async () => {
  await assert.rejects(small.windowedBinCounts('stage', { time: 'ts', bucket: 'day', column: 'cat', bins: { kind: 'edges', edges: [0, 1] } }), /categories/);
});

// A larger random stage checked against a plain loop over its rows.
const random = seededRandom(11);
const N = 3000;
const CATS = ['p', 'q', 'r', 's', 't'];
const rows = Array.from({ length: N }, () => {
  const u = random();
  return {
    ts: random() < 0.02 ? null : t0 + Math.floor(random() * 10 * D),
    x: u < 0.05 ? null : Math.round((random() * 14 - 2) * 4) / 4, // quarter steps hit the edges exactly
    cat: random() < 0.04 ? null : CATS[Math.floor(random() * CATS.length)],
    sl: random() < 0.03 ? null : ['u', 'v', 'w', 'k'][Math.floor(random() * 4)],
    flag: random() < 0.05 ? null : random() < 0.3,
  };
});
const big = new ArqueroEngine(
  new Map([
    [
      'stage',
      fromDataFrame({
        ts: rows.map((r) => (r.ts === null ? null : new Date(r.ts))),
        x: rows.map((r) => r.x),
        cat: rows.map((r) => r.cat),
        sl: rows.map((r) => r.sl),
        flag: rows.map((r) => r.flag),
      }),
    ],
  ]),
);

type Row = (typeof rows)[number];

function bruteBin(row: Row, bins: BinSpec): number {
  if (bins.kind === 'categories') {
    if (row.cat === null) return -1;
    const i = bins.values.indexOf(row.cat);
    return i < 0 ? bins.values.length : i;
  }
  const { edges } = bins;
  const v = row.x;
  if (v === null) return -1;
  if (v < edges[0]) return 0;
  if (v > edges[edges.length - 1]) return edges.length;
  for (let i = 1; i < edges.length; i++) if (v < edges[i]) return i;
  return edges.length - 1; // the last edge itself
}

function brute(bins: BinSpec, slice?: { values: string[]; of: (r: Row) => string | null }, bucket: 'day' | 'week' = 'day') {
  const starts = [...new Set(rows.flatMap((r) => (r.ts === null ? [] : [bucketStart(r.ts, bucket)])))].sort((a, b) => a - b);
  const binCount = bins.kind === 'edges' ? bins.edges.length + 1 : bins.values.length + 1;
  const slices = slice ? slice.values : ['*'];
  const counts = new Array<number>(starts.length * slices.length * binCount).fill(0);
  for (const row of rows) {
    if (row.ts === null) continue;
    const w = starts.indexOf(bucketStart(row.ts, bucket));
    const b = bruteBin(row, bins);
    const value = slice ? slice.of(row) : '*';
    const s = value === null ? -1 : slices.indexOf(value);
    if (b >= 0 && s >= 0) counts[(w * slices.length + s) * binCount + b]++;
  }
  return { starts, slices, bins: binCount, counts };
}

test('edge bins match a loop over the rows, per day and per week', async () => {
  const edges = [0, 2.5, 3, 7.25, 10];
  for (const bucket of ['day', 'week'] as const) {
    const result = await big.windowedBinCounts('stage', { time: 'ts', bucket, column: 'x', bins: { kind: 'edges', edges } });
    assert.deepEqual({ ...result, counts: Array.from(result.counts) }, brute({ kind: 'edges', edges }, undefined, bucket));
  }
  const expected = brute({ kind: 'edges', edges });
  const total = expected.counts.reduce((a, b) => a + b, 0);
  assert.equal(total, rows.filter((r) => r.ts !== null && r.x !== null).length, 'every timed, non-missing value in exactly one bin');
  assert.ok(expected.counts.filter((_, i) => i % 6 === 0).some((n) => n > 0) && expected.counts.filter((_, i) => i % 6 === 5).some((n) => n > 0), 'the data reach both outer bins');
});

test('category bins sliced by a category column match a loop over the rows', async () => {
  const bins: BinSpec = { kind: 'categories', values: ['r', 'p'] };
  const slice = { values: ['w', 'u', 'v'], of: (r: Row) => r.sl };
  const result = await big.windowedBinCounts('stage', { time: 'ts', bucket: 'day', column: 'cat', bins, slice: { column: 'sl', values: slice.values } });
  assert.deepEqual({ ...result, counts: Array.from(result.counts) }, brute(bins, slice));
});

test('edge bins sliced by a boolean column use the slice values the engine lists for it', async () => {
  const values = (await big.valueCounts('stage', 'flag')).flatMap((v) => (v.value === null ? [] : [v.value]));
  assert.equal(values.length, 2);
  const edges = [1, 4, 9];
  const result = await big.windowedBinCounts('stage', { time: 'ts', bucket: 'day', column: 'x', bins: { kind: 'edges', edges }, slice: { column: 'flag', values } });
  const expected = brute({ kind: 'edges', edges }, { values, of: (r) => (r.flag === null ? null : String(Number(r.flag))) });
  assert.deepEqual({ ...result, counts: Array.from(result.counts) }, expected);
  const sliced = expected.counts.reduce((a, b) => a + b, 0);
  assert.equal(sliced, rows.filter((r) => r.ts !== null && r.x !== null && r.flag !== null).length);
});
