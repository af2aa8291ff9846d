import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowColumnQuery } from '../../../core/monitor/unseenCategories';
import type { LogTable } from '../../../core/io/logTable';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { mergeByMass, referenceBins } from '../../../core/monitor/driftBins';
import { seededRandom } from '../../../core/stats/seededRandom';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

test('mergeByMass keeps every fine edge when each fine bin holds 5% or more', () => {
  assert.deepEqual(mergeByMass(range(11), new Array(10).fill(10)), range(11));
  // Exactly 5% each (20 of 400) is enough.
  assert.deepEqual(mergeByMass(range(21), new Array(20).fill(20)), range(21));
});

test('mergeByMass merges light bins left to right and joins a light tail to its neighbour', () => {
  // Total 100, 5 needed: bins 0-4 reach 5 at bin 4 (edge 5), bin 5 alone (edge 6),
  // bins 6-8 reach 40 at bin 8 (edge 9), bins 9-11 hold only 4: they join [6, 9).
  assert.deepEqual(mergeByMass(range(13), [1, 1, 1, 1, 1, 50, 0, 0, 40, 2, 1, 1]), [0, 5, 6, 12]);
  // Same, but the tail holds 5: it stays its own bin.
  assert.deepEqual(mergeByMass(range(13), [1, 1, 1, 1, 1, 50, 0, 0, 39, 2, 1, 2]), [0, 5, 6, 9, 12]);
  // Edges are the fine edges themselves, not their positions.
  assert.deepEqual(mergeByMass([-1, -0.5, 0, 0.5, 1], [30, 1, 1, 30]), [-1, -0.5, 1]);
});

test('mergeByMass with all mass in one inner fine bin gives one bin over the whole range', () => {
  assert.deepEqual(mergeByMass([0, 1, 2, 3, 4], [0, 0, 100, 0]), [0, 4]);
  assert.deepEqual(mergeByMass([0, 1, 2, 3, 4], [100, 0, 0, 0]), [0, 4]);
});

test('mergeByMass: every merged bin holds 5% of the mass and every bin but the last is as small as it can be (random counts)', () => {
  const random = seededRandom(5);
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(random() * 64);
    const fine = range(n + 1).map((i) => i * 0.5 - 3);
    const counts = Array.from({ length: n }, () => (random() < 0.4 ? 0 : Math.floor(random() ** 3 * 100)));
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const edges = mergeByMass(fine, counts);
    assert.equal(edges[0], fine[0]);
    assert.equal(edges[edges.length - 1], fine[n]);
    const positions = edges.map((e) => fine.indexOf(e));
    assert.ok(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])), 'increasing fine edges');
    for (let k = 0; k + 1 < positions.length; k++) {
      const mass = counts.slice(positions[k], positions[k + 1]).reduce((a, b) => a + b, 0);
      assert.ok(mass >= 0.05 * total, `trial ${trial}: bin ${k} holds ${mass} of ${total}`);
      if (k + 2 < positions.length) {
        const less = counts.slice(positions[k], positions[k + 1] - 1).reduce((a, b) => a + b, 0);
        assert.ok(less < 0.05 * total, `trial ${trial}: bin ${k} could have closed one fine bin earlier`);
      }
    }
  }
});

/** A stage with 5 reference days and 3 current days; `x` and `cat` per day from the callbacks. */
function query(column: string, frame: Record<string, unknown[]>): WindowColumnQuery {
  const tables = new Map<string, LogTable>([['s', fromDataFrame(frame)]]);
  const starts = range(8).map((d) => T0 + d * DAY);
  return { engine: new ArqueroEngine(tables), stage: 's', time: 'ts', bucket: 'day', column, starts, isReference: starts.map((_, d) => d < 5) };
}

function numericFrame(): Record<string, unknown[]> {
  const ts: Date[] = [];
  const x: (number | null)[] = [];
  const add = (day: number, value: number | null, times: number) => {
    for (let i = 0; i < times; i++) {
      ts.push(new Date(T0 + day * DAY + i * 1000));
      x.push(value);
    }
  };
  // Reference: 4 rows at each of 0.5, 1.5, ..., 19.5 per day (20 rows per fine bin over 5 days),
  // plus rows outside the range [0, 64] and missing ones, which the mass leaves out.
  for (let day = 0; day < 5; day++) {
    for (let k = 0; k < 20; k++) add(day, k + 0.5, 4);
    add(day, -3, 20);
    add(day, 70, 5);
    add(day, null, 7);
  }
  // Current days: a heap of values at 45, which must not shape the bins.
  for (let day = 5; day < 8; day++) add(day, 45, 500);
  return { ts, x };
}

test('referenceBins on a number column: fine bins of the reference range merged by reference mass only', async () => {
  const bins = await referenceBins(query('x', numericFrame()), 'number', { lo: 0, hi: 64 });
  assert.ok(bins);
  // Fine width 1: each of [0,1) .. [19,20) holds 5% of the in-range reference mass; [20, 64] is empty, so it joins [19, 20).
  const edges = [...range(20), 64];
  assert.deepEqual(bins.spec, { kind: 'edges', edges });
  assert.equal(bins.labels.length, edges.length + 1, 'one label per counted bin, outer bins included');
  assert.equal(bins.labels[0], '< 0');
  assert.equal(bins.labels[1], '0–1');
  assert.equal(bins.labels[19], '18–19');
  assert.equal(bins.labels[20], '19–64');
  assert.equal(bins.labels[21], '> 64');
});

test('referenceBins on a number column needs a non-empty range', async () => {
  const q = query('x', numericFrame());
  assert.equal(await referenceBins(q, 'number'), undefined);
  assert.equal(await referenceBins(q, 'number', { lo: 3, hi: 3 }), undefined);
  assert.equal(await referenceBins(q, 'time', { lo: 0, hi: 10 }), undefined);
});

test('referenceBins on a category column: reference values with 0.5% of rows, most frequent first, ties by name, then "(other)"', async () => {
  const ts: Date[] = [];
  const cat: (string | null)[] = [];
  const add = (day: number, value: string | null, times: number) => {
    for (let i = 0; i < times; i++) {
      ts.push(new Date(T0 + day * DAY + i * 1000));
      cat.push(value);
    }
  };
  // Reference totals over 5 days: a 500, c 300, b 300, e 6, d 4 (1110 rows: 0.5% is 5.55).
  for (let day = 0; day < 5; day++) {
    add(day, 'a', 100);
    add(day, 'c', 60);
    add(day, 'b', 60);
    add(day, null, 50);
  }
  add(0, 'e', 6);
  add(1, 'd', 4);
  // A current-only value, however frequent, gets no bin.
  for (let day = 5; day < 8; day++) add(day, 'z', 1000);
  const bins = await referenceBins(query('cat', { ts, cat }), 'category');
  assert.deepEqual(bins, { spec: { kind: 'categories', values: ['a', 'b', 'c', 'e'] }, labels: ['a', 'b', 'c', 'e', '(other)'] });
});

test('referenceBins keeps at most 30 category bins, the most frequent', async () => {
  const ts: Date[] = [];
  const cat: string[] = [];
  // 40 values, value k appearing 100 + k times on day 0: the 30 largest are k = 39 .. 10.
  for (let k = 0; k < 40; k++) {
    for (let i = 0; i < 100 + k; i++) {
      ts.push(new Date(T0 + (i % 5) * DAY + i));
      cat.push(`v${k}`);
    }
  }
  const bins = await referenceBins(query('cat', { ts, cat }), 'category');
  assert.ok(bins && bins.spec.kind === 'categories');
  assert.deepEqual(bins.spec.values, range(30).map((i) => `v${39 - i}`));
  assert.equal(bins.labels.length, 31);
});

test('referenceBins on a boolean column gives bins that windowedBinCounts fills (no row lands in "(other)")', async () => {
  const random = seededRandom(3);
  const ts: Date[] = [];
  const flag: (boolean | null)[] = [];
  for (let day = 0; day < 8; day++) {
    for (let i = 0; i < 100; i++) {
      ts.push(new Date(T0 + day * DAY + i * 1000));
      flag.push(random() < 0.05 ? null : random() < 0.3);
    }
  }
  const q = query('flag', { ts, flag });
  const bins = await referenceBins(q, 'boolean');
  assert.ok(bins && bins.spec.kind === 'categories');
  assert.equal(bins.spec.values.length, 2);
  const counts = await q.engine.windowedBinCounts('s', { time: 'ts', bucket: 'day', column: 'flag', bins: bins.spec });
  const other = Array.from(counts.counts).filter((_, i) => i % counts.bins === 2);
  assert.deepEqual(other, new Array(8).fill(0));
  const counted = Array.from(counts.counts).reduce((a, b) => a + b, 0);
  assert.equal(counted, flag.filter((f) => f !== null).length);
});

test('referenceBins on a category column with a single reference value has nothing to compare', async () => {
  const ts = range(40).map((i) => new Date(T0 + (i % 8) * DAY));
  const cat = range(40).map((i) => (i % 8 < 5 ? 'only' : 'new'));
  assert.equal(await referenceBins(query('cat', { ts, cat }), 'category'), undefined);
});
