import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalysis } from '../../../core/analysis/runAnalysis';
import { EngineCache } from '../../../core/analysis/engineCache';
import { openPipeline } from '../../../core/io/openPipeline';
import { openAndTrace } from '../../../core/diagnose/trace/openAndTrace';
import { openLineage } from '../../../core/diagnose/lineage';
import { syntheticPipeline } from '../diagnose/trace/synthetic';
import { lineageWorkspace } from '../diagnose/lineage/fixture';

test('runAnalysis trace answers what openAndTrace gives directly, with progress', async () => {
  const { dir } = syntheticPipeline({ runs: true });
  const progress: string[] = [];
  const response = await runAnalysis({ kind: 'trace', target: dir, bucket: 'day' }, new EngineCache(), { onProgress: (p) => progress.push(p.message) });
  const direct = await openAndTrace(openPipeline(dir), { bucket: 'day', performance: true });
  assert.deepEqual(response, { kind: 'result', result: direct });
  assert.ok(direct.incidents.length > 0);
  assert.ok(progress.includes('monitoring stages window by window'), progress.join(', '));
  const quick = await runAnalysis({ kind: 'trace', target: dir, bucket: 'day', performance: false }, new EngineCache());
  assert.deepEqual(quick, { kind: 'result', result: await openAndTrace(openPipeline(dir), { bucket: 'day' }) });
});

test('runAnalysis lineage answers what openLineage gives directly, for several keys', async () => {
  const w = lineageWorkspace();
  const cache = new EngineCache();
  const index = await openLineage(openPipeline(w.dir));
  for (const key of ['A1', 'A2', 'A3', 'A4', 'B5']) {
    const response = await runAnalysis({ kind: 'lineage', target: w.dir, key }, cache);
    assert.deepEqual(response, { kind: 'result', result: index.lookup(key) }, key);
  }
  const keys = await runAnalysis({ kind: 'lineageKeys', target: w.dir }, cache);
  assert.deepEqual(keys, { kind: 'lineageKeys', keys: index.exampleKeys() });
});

test('an unknown key rejects with the readable input error, naming existing keys', async () => {
  const w = lineageWorkspace();
  await assert.rejects(runAnalysis({ kind: 'lineage', target: w.dir, key: 'a1' }, new EngineCache()), (error: Error) => {
    assert.equal(error.name, 'SightlineInputError');
    assert.match(error.message, /no record with key "a1"/);
    return true;
  });
});

test('the lineage index follows the cache: a changed stage file is indexed again', async () => {
  const w = lineageWorkspace();
  const cache = new EngineCache();
  const before = await runAnalysis({ kind: 'lineage', target: w.dir, key: 'B5' }, cache);
  assert.ok(before.kind === 'result' && before.result.kind === 'lineage');
  w.write('logs/ingest.csv', 'id,ts,amount,country\nB5,2024-03-01T14:00:00.000Z,99,SE\nC6,2024-03-01T15:00:00.000Z,60,NO\n');
  const later = new Date(Date.now() + 5000);
  utimesSync(join(w.dir, 'logs/ingest.csv'), later, later);
  const after = await runAnalysis({ kind: 'lineage', target: w.dir, key: 'C6' }, cache);
  assert.ok(after.kind === 'result' && after.result.kind === 'lineage');
  assert.equal(after.result.stages[0].rows[0].values.amount, 60);
  const b5 = await runAnalysis({ kind: 'lineage', target: w.dir, key: 'B5' }, cache);
  assert.ok(b5.kind === 'result' && b5.result.kind === 'lineage');
  assert.equal(b5.result.stages[0].rows[0].values.amount, 99);
});
