import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InspectResult } from '../../../core/protocol';
import type { OpenedPipeline } from '../../../core/analysis/engineCache';
import { EngineCache } from '../../../core/analysis/engineCache';
import { runAnalysis } from '../../../core/analysis/runAnalysis';
import { engineWorkspace } from '../../helpers/engineWorkspace';

const workspace = engineWorkspace(400);

async function inspect(cache: EngineCache, target: string): Promise<InspectResult> {
  const response = await runAnalysis({ kind: 'inspect', target }, cache);
  assert.ok(response.kind === 'result' && response.result.kind === 'inspect');
  return response.result;
}

/** Counts the closes of an opened engine, still closing it for real. */
function watchClose(opened: OpenedPipeline): { count: number } {
  const closes = { count: 0 };
  const engine = opened.engine;
  const close = engine.close?.bind(engine);
  assert.ok(close, `${engine.name} has close()`);
  engine.close = () => {
    closes.count++;
    return close();
  };
  return closes;
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

test('the engine cache computes on the engine it is set to, whatever the manifest names', async () => {
  const cache = new EngineCache();
  const memory = await inspect(cache, workspace.manifest);
  assert.equal(memory.engine, 'arquero');
  cache.setEngine('duckdb');
  const duck = await inspect(cache, workspace.manifest);
  assert.equal(duck.engine, 'duckdb');
  assert.deepEqual(duck.stages.map((s) => s.rows), memory.stages.map((s) => s.rows));
  assert.deepEqual(duck.stages.map((s) => s.columns.map((c) => c.nullCount)), memory.stages.map((s) => s.columns.map((c) => c.nullCount)));
  cache.setEngine(undefined);
  assert.equal((await cache.open(workspace.manifest)).engine.name, 'arquero');
});

test('an engine override given to the constructor applies from the first open', async () => {
  const cache = new EngineCache({ engine: 'duckdb' });
  const opened = await cache.open(workspace.manifest);
  assert.equal(opened.engine.name, 'duckdb');
  assert.equal(opened.pipeline.engine, 'duckdb');
  cache.clear();
});

test('changing the engine closes the SQL engine the cache held; setting the same engine keeps it', async () => {
  const cache = new EngineCache({ engine: 'duckdb' });
  const opened = await cache.open(workspace.manifest);
  const closes = watchClose(opened);
  cache.setEngine('duckdb');
  assert.equal(await cache.open(workspace.manifest), opened, 'the same engine: the pipeline stays loaded');
  cache.setEngine('arquero');
  await settled();
  assert.equal(closes.count, 1);
});

test('a SQL engine evicted for another pipeline, or dropped by clear(), is closed', async () => {
  const other = engineWorkspace(50, 3);
  const cache = new EngineCache({ capacity: 1, engine: 'duckdb' });
  const first = watchClose(await cache.open(workspace.manifest));
  const second = watchClose(await cache.open(other.manifest));
  await settled();
  assert.equal(first.count, 1, 'evicted');
  assert.equal(second.count, 0, 'still cached');
  cache.clear();
  await settled();
  assert.equal(second.count, 1, 'cleared');
});

test('a SQL engine dropped while a request runs on it closes after the request, which still answers', async () => {
  const cache = new EngineCache({ engine: 'duckdb' });
  const opened = await cache.open(workspace.manifest);
  const closes = watchClose(opened);
  const profile = opened.engine.profile('predict');
  const rows = opened.rows.performanceRows({
    task: 'classification',
    predictions: { stage: 'predict', key: 'id', time: 'event_time', score: 'score' },
    labels: { stage: 'feedback', key: 'id', column: 'late', time: 'label_time' },
  });
  cache.setEngine(undefined);
  assert.equal(closes.count, 0, 'not while requests run');
  assert.ok((await profile).length > 0);
  assert.ok(await rows);
  await settled();
  assert.equal(closes.count, 1);
  await assert.rejects(opened.engine.histogram('predict', 'score', [0, 0.37, 1]), /disconnected/, 'a request after the close fails at once');
});

test('an override the pipeline cannot run on fails the open with the reason', async () => {
  const cache = new EngineCache({ engine: 'clickhouse' });
  await assert.rejects(cache.open(workspace.manifest), /ClickHouse engine needs/);
});
