import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { OpenedEngine } from '../../../core/engine/openEngine';
import type { TwoShards } from '../../clickhouse/twoShards';
import { openEngine } from '../../../core/engine/openEngine';
import { SqlEngine } from '../../../core/engine/sql/sqlEngine';
import { openPipeline } from '../../../core/io/openPipeline';
import { inspectPipeline } from '../../../core/inspect/inspect';
import { monitorPipeline } from '../../../core/monitor/monitorPipeline';
import { detectDrift } from '../../../core/detect/drift/detectDrift';
import { traceOpened } from '../../../core/diagnose/trace/traceOpened';
import { openedSlices } from '../../../core/diagnose/slices/openedSlices';
import { startTwoShards } from '../../clickhouse/twoShards';
import { whenClickHouse } from '../../clickhouse/whenClickHouse';
import { loadPipeline } from '../../clickhouse/loadPipeline';
import { engineWorkspace } from '../../helpers/engineWorkspace';
import { assertDeepClose } from '../../helpers/closeTo';

whenClickHouse(registerTests);

function registerTests(): void {
  const workspace = engineWorkspace();
  let shards: TwoShards;
  let memory: OpenedEngine;
  let house: OpenedEngine;
  /** The same tables, declared sharded by key (loadPipeline shards every stage by a hash of its key), so joins run on each shard. */
  let sharded: OpenedEngine;

  before(async () => {
    shards = await startTwoShards();
    memory = await openEngine(openPipeline(workspace.manifest));
    const manifest = await loadPipeline(shards, memory.pipeline, memory.tables, 'analyses', workspace.dir);
    house = await openEngine(openPipeline(manifest));
    sharded = await openEngine(openPipeline(withShardedByKey(manifest)));
  });
  after(async () => {
    await house?.engine.close?.();
    await sharded?.engine.close?.();
    await shards?.stop();
  });

  test('each stage is split over both shards and read whole through the Distributed tables', async () => {
    for (const stage of ['input', 'predict', 'feedback']) {
      const [a] = await shards.query(`SELECT count() AS n FROM analyses.${stage}_local`, 0);
      const [b] = await shards.query(`SELECT count() AS n FROM analyses.${stage}_local`, 1);
      assert.ok(Number(a.n) > 0 && Number(b.n) > 0, `${stage} has rows on both shards`);
      assert.equal(Number(a.n) + Number(b.n), await memory.engine.rowCount(stage));
      assert.equal(await house.engine.rowCount(stage), await memory.engine.rowCount(stage));
    }
  });

  test('inspect, drift and monitoring (with performance) on two shards give the in-memory results', async () => {
    const { engine: houseName, ...inspected } = await inspectPipeline(house.pipeline, house.engine);
    const { engine: memoryName, ...expectedInspect } = await inspectPipeline(memory.pipeline, memory.engine);
    assert.deepEqual([houseName, memoryName], ['clickhouse', 'arquero']);
    assertDeepClose(withoutFiles(inspected), withoutFiles(expectedInspect));
    const monitor = (opened: OpenedEngine) => monitorPipeline(opened.pipeline, opened.engine, { bucket: 'day', rows: opened.rows });
    const [monitored, expectedMonitor] = [await monitor(house), await monitor(memory)];
    assert.ok(expectedMonitor.performance);
    assertDeepClose({ ...monitored, source: '' }, { ...expectedMonitor, source: '' });
    const drift = async (opened: OpenedEngine) => {
      const reference = await opened.engine.timeSlice('input', { time: 'event_time', end: Date.UTC(2024, 0, 8) });
      const current = await opened.engine.timeSlice('input', { time: 'event_time', start: Date.UTC(2024, 0, 12) });
      return detectDrift({ engine: opened.engine, stage: reference, source: 'reference' }, { engine: opened.engine, stage: current, source: 'current' });
    };
    assertDeepClose(await drift(house), await drift(memory));
  });

  test('the stage trace on two shards joins the stages by key as the in-memory one does', async () => {
    const trace = (opened: OpenedEngine) => traceOpened(opened, { bucket: 'day' });
    const [traced, expected] = [await trace(house), await trace(memory)];
    assert.ok(expected.stageLoss.some((l) => l.dropped > 0 && l.nulled > 0 && l.changed > 0));
    assertDeepClose({ ...traced, source: '' }, { ...expected, source: '' });
  });

  test('slice search on two shards, each level one query, equals the in-memory search', async () => {
    for (const options of [{}, { maxLevel: 2, start: Date.UTC(2024, 0, 6) }]) {
      const [pushed, expected] = [await openedSlices(house, options), await openedSlices(memory, options)];
      assert.ok(expected.slices.length > 0 && expected.significantSmall !== undefined);
      assert.deepEqual({ ...pushed, source: '' }, { ...expected, source: '' });
    }
  });

  test('declared sharded by key, the joins run on each shard and the trace, monitoring with performance and slices equal the in-memory ones', async () => {
    assert.ok(sharded.engine instanceof SqlEngine && sharded.engine.dialect.joinsOnShards, 'the sharded dialect is in use');
    assert.ok(house.engine instanceof SqlEngine && !house.engine.dialect.joinsOnShards, 'and only where the manifest declares it');
    const trace = (opened: OpenedEngine) => traceOpened(opened, { bucket: 'day' });
    assertDeepClose({ ...(await trace(sharded)), source: '' }, { ...(await trace(memory)), source: '' });
    const monitor = (opened: OpenedEngine) => monitorPipeline(opened.pipeline, opened.engine, { bucket: 'day', rows: opened.rows });
    assertDeepClose({ ...(await monitor(sharded)), source: '' }, { ...(await monitor(memory)), source: '' });
    for (const options of [{}, { maxLevel: 2, start: Date.UTC(2024, 0, 6) }]) {
      const [pushed, expected] = [await openedSlices(sharded, options), await openedSlices(memory, options)];
      assert.ok(expected.slices.length > 0);
      assert.deepEqual({ ...pushed, source: '' }, { ...expected, source: '' });
    }
  });
}

/** A copy of a ClickHouse manifest with `shardedByKey` set. */
function withShardedByKey(manifest: string): string {
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { engine: Record<string, unknown> };
  parsed.engine.shardedByKey = true;
  const copy = manifest.replace(/\.json$/, '.sharded.json');
  writeFileSync(copy, JSON.stringify(parsed));
  return copy;
}

/** The parts that say where the rows were read from: files in memory, tables on ClickHouse. */
function withoutFiles<T extends { source: string; stages: { files: unknown }[] }>(result: T): unknown {
  return { ...result, source: '', stages: result.stages.map((stage) => ({ ...stage, files: [] })) };
}
