import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openEngine } from '../../../../core/engine/openEngine';
import { pipelineWhatIf } from '../../../../core/react/pipeline/pipelineWhatIf';
import { parseWhere } from '../../../../core/react/pipeline/parseWhere';
import { JAN, FEB, syntheticWhatIfFolder } from './syntheticWhatIf';

// Hand counts from the folder's documented records (syntheticWhatIf.ts).

async function opened() {
  const { manifest } = syntheticWhatIfFolder();
  return openEngine(openPipeline(manifest));
}

test('rollback breakdown: one window of the paired records, and accuracy per state counted by hand', async () => {
  const { pipeline, tables } = await opened();
  const result = await pipelineWhatIf(pipeline, tables, { kind: 'rollback' }, { groupBy: ['state'], replicates: 200 });
  assert.equal(result.pipeline, 'whatif-synthetic');
  assert.deepEqual(result.overTime.map((w) => [w.start, w.labeled, w.before.accuracy, w.after.accuracy]), [[FEB, 8, 5 / 8, 7 / 8]]);
  assert.deepEqual(result.bySlice.map((r) => [r.column, r.value, r.labeled, r.before.value, r.after.value]), [
    ['state', 'CA', 3, 2 / 3, 1],
    ['state', 'NY', 3, 2 / 3, 2 / 3],
    ['state', 'TX', 2, 1 / 2, 1],
  ]);
  for (const row of result.bySlice) {
    const d = row.difference;
    assert.ok(d.value !== null && d.interval && d.interval.low <= d.value && d.value <= d.interval.high, `${row.value}: ${JSON.stringify(d)}`);
  }
  assert.ok(result.sliceColumns.includes('state') && result.sliceColumns.includes('distance'));
});

test('fallback to review: after leaves the routed slice out in every window; the default breakdown is the slice column and the version', async () => {
  const { pipeline, tables } = await opened();
  const result = await pipelineWhatIf(pipeline, tables, { kind: 'fallback', action: 'review' }, { where: parseWhere('state=TX'), replicates: 200 });
  assert.deepEqual(result.overTime.map((w) => [w.start, w.labeled, w.before.accuracy, w.after.accuracy]), [
    [JAN, 8, 6 / 8, 4 / 6],
    [FEB, 8, 5 / 8, 4 / 6],
  ]);
  assert.deepEqual([...new Set(result.bySlice.map((r) => r.column))], ['state', 'version']);
  const tx = result.bySlice.find((r) => r.column === 'state' && r.value === 'TX');
  assert.equal(tx?.labeled, 4);
  assert.equal(tx?.after.value, null, 'every TX record goes to review, so the model decides none of them');
});

test('an unknown breakdown column is a clear error naming the columns there are', async () => {
  const { pipeline, tables } = await opened();
  await assert.rejects(pipelineWhatIf(pipeline, tables, { kind: 'rollback' }, { groupBy: ['carrier'], replicates: 50 }), /no slice column "carrier"[\s\S]*/);
  await assert.rejects(pipelineWhatIf(pipeline, tables, { kind: 'rollback' }, { groupBy: ['carrier'], replicates: 50 }), (e: Error & { hint?: string }) => /state/.test(e.hint ?? ''));
});
