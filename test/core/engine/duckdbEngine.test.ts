import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Engine, GroupRow } from '../../../core/engine/engine';
import type { Column } from '../../../core/io/logTable';
import type { OpenedEngine } from '../../../core/engine/openEngine';
import { openEngine } from '../../../core/engine/openEngine';
import { openPipeline } from '../../../core/io/openPipeline';
import { inspectPipeline } from '../../../core/inspect/inspect';
import { monitorPipeline } from '../../../core/monitor/monitorPipeline';
import { detectDrift } from '../../../core/detect/drift/detectDrift';
import { SqlEngine } from '../../../core/engine/sql/sqlEngine';
import type { PipelineSliceOptions } from '../../../core/diagnose/slices/pipelineSlices';
import { openedSlices } from '../../../core/diagnose/slices/openedSlices';
import { engineWorkspace } from '../../helpers/engineWorkspace';
import { assertDeepClose } from '../../helpers/closeTo';

const workspace = engineWorkspace();
let memory: OpenedEngine;
let duck: OpenedEngine;

before(async () => {
  memory = await openEngine(openPipeline(workspace.manifest));
  duck = await openEngine(openPipeline(workspace.manifest, { engine: 'duckdb' }));
});
after(async () => {
  if (duck.engine instanceof SqlEngine) await duck.engine.close();
});

/** Column values as plain arrays: dictionary codes may be numbered differently. */
const values = (columns: Column[]) =>
  columns.map((c) => (c.type === 'category' ? Array.from(c.codes, (code) => (code < 0 ? null : c.dictionary[code])) : Array.from(c.values)));

const both = async <T>(ask: (engine: Engine) => Promise<T>): Promise<[T, T]> => [await ask(duck.engine), await ask(memory.engine)];

test('DuckDB reads the CSV, Parquet and JSON-lines stages with the in-memory types and counts', async () => {
  assert.equal(duck.engine.name, 'duckdb');
  for (const stage of ['input', 'predict', 'feedback']) {
    const [rows, expected] = await both((e) => e.rowCount(stage));
    assert.equal(rows, expected);
    const [profile, expectedProfile] = await both((e) => e.profile(stage));
    assert.deepEqual(profile, expectedProfile, `profile of ${stage}`);
    assert.deepEqual(
      duck.engine.loadReports(stage).map((r) => [r.file, r.rows]),
      memory.engine.loadReports(stage).map((r) => [r.file, r.rows]),
    );
  }
});

test('histograms count values on the edges, below, above and missing as the in-memory engine does', async () => {
  const edges = [0, 25, 50, 75.25, 100, 110];
  const [counts, expected] = await both((e) => e.histogram('input', 'amount', edges));
  assert.deepEqual(counts, expected);
  assert.ok(expected.counts[1] > 0 && expected.above > 0 && expected.missing > 0, 'the fixture reaches every kind of bin');
});

test('value counts, sorted values and sampled rows are the in-memory ones', async () => {
  const [counts, expected] = await both((e) => e.valueCounts('input', 'region'));
  const bySize = (a: { value: string | null; count: number }, b: { value: string | null; count: number }) => b.count - a.count || String(a.value).localeCompare(String(b.value));
  assert.deepEqual([...counts].sort(bySize), [...expected].sort(bySize));
  const [sorted, expectedSorted] = await both((e) => e.sortedValues('input', 'amount'));
  assert.deepEqual(Array.from(sorted), Array.from(expectedSorted));
  const request = { columns: ['id', 'amount', 'flag', 'event_time'], size: 200, seed: 11 };
  const [sample, expectedSample] = await both((e) => e.sampleRows('input', request));
  assert.deepEqual(values(sample.columns), values(expectedSample.columns), 'the same seed draws the same rows in load order');
  assert.deepEqual([sample.population, sample.rows], [expectedSample.population, expectedSample.rows]);
});

test('group-by aggregates over a day bucket and a category agree', async () => {
  const request = {
    by: [{ column: 'event_time', bucket: 'day' as const }, { column: 'region' }],
    aggregates: {
      n: { op: 'count' as const },
      valid: { op: 'validCount' as const, column: 'amount' },
      nulls: { op: 'nullCount' as const, column: 'amount' },
      sum: { op: 'sum' as const, column: 'amount' },
      mean: { op: 'mean' as const, column: 'amount' },
      min: { op: 'min' as const, column: 'amount' },
      max: { op: 'max' as const, column: 'amount' },
      median: { op: 'median' as const, column: 'amount' },
    },
  };
  const order = (rows: GroupRow[]) => [...rows].sort((a, b) => JSON.stringify(a.keys).localeCompare(JSON.stringify(b.keys)));
  const [rows, expected] = await both((e) => e.groupAggregate('input', request));
  assertDeepClose(order(rows), order(expected));
});

test('the label join counts coverage and lag per day as the in-memory engine does', async () => {
  const request = { predictions: { stage: 'predict', key: 'id', time: 'event_time' }, labels: { stage: 'feedback', key: 'id', column: 'late', time: 'label_time' }, bucket: 'day' as const };
  const [stats, expected] = await both((e) => e.labelJoin(request));
  assertDeepClose(stats, expected);
  assert.ok(expected.labeled < expected.total && expected.labeled > 0);
});

test('window summaries, range counts and bin counts per day and week agree', async () => {
  for (const bucket of ['day', 'week'] as const) {
    const [summaries, expected] = await both((e) => e.windowSummaries('input', { time: 'event_time', bucket, columns: ['region', 'amount', 'flag'] }));
    assertDeepClose(summaries, expected);
    const [ranges, expectedRanges] = await both((e) => e.windowedRangeCounts('input', { time: 'event_time', bucket, column: 'amount', lo: 10, hi: 90.5 }));
    assert.deepEqual(ranges, expectedRanges);
  }
  const edges = { kind: 'edges' as const, edges: [0, 25, 50, 100] };
  const categories = { kind: 'categories' as const, values: ['north', 'south', 'nowhere'] };
  for (const bins of [edges, categories]) {
    for (const slice of [undefined, { column: 'flag', values: ['0', '1'] }, { column: 'region', values: ['east', 'west'] }]) {
      const column = bins.kind === 'edges' ? 'amount' : 'region';
      const [counts, expected] = await both((e) => e.windowedBinCounts('input', { time: 'event_time', bucket: 'day', column, bins, ...(slice ? { slice } : {}) }));
      assert.deepEqual({ ...counts, counts: Array.from(counts.counts) }, { ...expected, counts: Array.from(expected.counts) });
    }
  }
});

test('bin counts asked together (overall and per slice column) are counted in one scan with the same answers', async () => {
  const request = { time: 'event_time', bucket: 'day' as const, column: 'amount', bins: { kind: 'edges' as const, edges: [0, 25, 50, 100] } };
  const requests = [request, { ...request, slice: { column: 'flag', values: ['0', '1'] } }, { ...request, slice: { column: 'region', values: ['east', 'west', 'nowhere'] } }];
  const together = await Promise.all(requests.map((r) => duck.engine.windowedBinCounts('input', r)));
  const plain = (c: { counts: Float64Array }) => ({ ...c, counts: Array.from(c.counts) });
  for (let k = 0; k < requests.length; k++) assert.deepEqual(plain(together[k]), plain(await memory.engine.windowedBinCounts('input', requests[k])), `request ${k}`);
});

test('a time slice answers like a stage', async () => {
  const range = { time: 'event_time', start: Date.UTC(2024, 0, 6), end: Date.UTC(2024, 0, 9, 12) };
  const [name, expectedName] = await both((e) => e.timeSlice('input', range));
  assert.equal(await duck.engine.rowCount(name), await memory.engine.rowCount(expectedName));
  assert.deepEqual(await duck.engine.profile(name), await memory.engine.profile(expectedName));
  assert.deepEqual(await duck.engine.histogram(name, 'amount', [0, 50, 100]), await memory.engine.histogram(expectedName, 'amount', [0, 50, 100]));
});

test('inspect, drift and monitoring (with performance) give the in-memory results on DuckDB', async () => {
  const { engine: duckName, ...inspected } = await inspectPipeline(duck.pipeline, duck.engine);
  const { engine: memoryName, ...expectedInspect } = await inspectPipeline(memory.pipeline, memory.engine);
  assert.deepEqual([duckName, memoryName], ['duckdb', 'arquero'], 'inspect says which engine answered');
  assertDeepClose(inspected, expectedInspect);
  const monitor = (opened: OpenedEngine) => monitorPipeline(opened.pipeline, opened.engine, { bucket: 'day', rows: opened.rows });
  const [monitored, expectedMonitor] = [await monitor(duck), await monitor(memory)];
  assert.ok(expectedMonitor.performance, 'the fixture has labels, so monitoring measures performance');
  assertDeepClose(monitored, expectedMonitor);
  const drift = async (opened: OpenedEngine) => {
    const reference = await opened.engine.timeSlice('input', { time: 'event_time', end: Date.UTC(2024, 0, 8) });
    const current = await opened.engine.timeSlice('input', { time: 'event_time', start: Date.UTC(2024, 0, 12) });
    return detectDrift({ engine: opened.engine, stage: reference, source: 'reference' }, { engine: opened.engine, stage: current, source: 'current' });
  };
  const [drifted, expectedDrift] = [await drift(duck), await drift(memory)];
  assert.ok(expectedDrift.columns.some((c) => c.drifted), 'amount shifts half-way, so some column drifts');
  assertDeepClose(drifted, expectedDrift);
});

test('records dropped, nulled and changed between stages are counted as in memory', async () => {
  const request = { from: { stage: 'input', key: 'id', time: 'event_time' }, to: { stage: 'predict', key: 'id' }, columns: ['event_time', 'region'], bucket: 'day' as const };
  const [changes, expected] = await both((e) => e.keyedChanges(request));
  assert.deepEqual(changes, expected);
  assert.ok(expected.dropped > 0 && expected.nulled > 0 && expected.changed > 0, 'the fixture drops, nulls and changes records');
  const noTime = { ...request, from: { stage: 'predict', key: 'id' }, to: { stage: 'input', key: 'id' } };
  const [reverse, expectedReverse] = await both((e) => e.keyedChanges(noTime));
  assert.deepEqual(reverse, expectedReverse);
});

test('analyses that walk records say they need the in-memory engine', async () => {
  const { rowTables } = await import('../../../core/engine/rowTables');
  assert.throws(() => rowTables(duck, 'Record lineage'), /Record lineage runs on the in-memory engine only; .* uses duckdb/);
});

// The workspace has 3,000 records: the default slice search also runs the small-slice search (below 200k rows).
const CASES: Array<{ name: string; options: PipelineSliceOptions }> = [
  { name: 'the default search (3 levels, small slices)', options: {} },
  { name: 'level 2 with k 3', options: { maxLevel: 2, k: 3 } },
  { name: 'a time range', options: { start: Date.UTC(2024, 0, 6), end: Date.UTC(2024, 0, 12) } },
  { name: 'named features, 4 bins, a support floor of 20', options: { features: ['amount', 'region', 'flag'], bins: 4, minSupport: 20 } },
];

for (const { name, options } of CASES) {
  test(`slice search pushed down to DuckDB equals the in-memory search: ${name}`, async () => {
    const [pushed, expected] = [await openedSlices(duck, options), await openedSlices(memory, options)];
    // Errors are 0/1, so every sum is an integer: the results are equal, not close.
    assert.deepEqual(pushed, expected);
    assert.ok(expected.slices.length > 0 && expected.evaluated > 0);
  });
}

test('the planted slice (region = north and flag = true) comes first on DuckDB, its bins from SQL quantiles', async () => {
  const result = await openedSlices(duck, {});
  assert.deepEqual(result.slices[0].predicates, [
    { feature: 'region', value: 'north' },
    { feature: 'flag', value: 'true' },
  ]);
  const amount = result.features.find((f) => f.name === 'amount')!;
  assert.equal(amount.bins.at(-1), '(missing)', 'amount has missing cells, which get their own bin');
  assert.ok(result.notes.some((n) => /have no label yet and were left out/.test(n)));
  assert.deepEqual(
    result.excluded.map((e) => e.column),
    ['error'],
    'ids, keys and times are not columns of the relation; only the error is left out',
  );
});

test('a class column that is not 0/1 fails on DuckDB as it does in memory', async () => {
  const pipeline = { ...duck.pipeline, predictions: { ...duck.pipeline.predictions!, class: 'region' } };
  const memoryPipeline = { ...memory.pipeline, predictions: { ...memory.pipeline.predictions!, class: 'region' } };
  await assert.rejects(openedSlices({ ...duck, pipeline }), /column "region" is not 0\/1/);
  await assert.rejects(openedSlices({ ...memory, pipeline: memoryPipeline }), /column "region" is not 0\/1/);
});
