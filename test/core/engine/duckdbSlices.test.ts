import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OpenedEngine } from '../../../core/engine/openEngine';
import type { PipelineSliceOptions } from '../../../core/diagnose/slices/pipelineSlices';
import { openEngine } from '../../../core/engine/openEngine';
import { openPipeline } from '../../../core/io/openPipeline';
import { openedSlices } from '../../../core/diagnose/slices/openedSlices';
import { engineWorkspace } from '../../helpers/engineWorkspace';

// 3,000 records: the default search also runs the small-slice search (below 200k rows).
const workspace = engineWorkspace();
let memory: OpenedEngine;
let duck: OpenedEngine;

before(async () => {
  memory = await openEngine(openPipeline(workspace.manifest));
  duck = await openEngine(openPipeline(workspace.manifest, { engine: 'duckdb' }));
});
after(() => duck?.engine.close?.());

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
