import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, test } from 'mocha';
import type { InspectResult, SlicesResult } from '../../../core/protocol';
import type { SightlineApi } from './support';
import { activateSightline, demoFolder, waitFor } from './support';

interface SnapshotItem {
  label: string;
  description?: string;
}

async function inspect(api: SightlineApi, target: string): Promise<InspectResult> {
  const response = await api.analyze({ kind: 'inspect', target });
  assert.ok(response.kind === 'result' && response.result.kind === 'inspect', `unexpected ${response.kind} response`);
  return response.result;
}

async function slices(api: SightlineApi, target: string): Promise<SlicesResult> {
  const response = await api.analyze({ kind: 'slices', target, maxLevel: 2 });
  assert.ok(response.kind === 'result' && response.result.kind === 'slices', `unexpected ${response.kind} response`);
  return response.result;
}

async function demoDescription(): Promise<string | undefined> {
  const pipelines = (await vscode.commands.executeCommand<SnapshotItem[]>('sightline.internal.explorerSnapshot', 0)) ?? [];
  return pipelines.find((p) => p.label === 'flights-demo')?.description;
}

/** What must not depend on the engine: rows, column types and null counts per stage. */
const counts = (result: InspectResult) =>
  result.stages.map((s) => ({ stage: s.name, rows: s.rows, columns: s.columns.map((c) => `${c.name}:${c.type}:${c.nullCount}`) }));

suite('engine setting', () => {
  test('sightline.engine = duckdb reads the demo pipeline on DuckDB with the in-memory counts and slices', async function () {
    this.timeout(180_000);
    const api = await activateSightline();
    const target = join(demoFolder().fsPath, 'sightline.json');
    const config = () => vscode.workspace.getConfiguration('sightline');
    const memory = await inspect(api, target);
    assert.equal(memory.engine, 'arquero');
    const memorySlices = await slices(api, target);
    // User settings live in the harness's own profile; the demo workspace must stay unwritten.
    await config().update('engine', 'duckdb', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(async () => (await demoDescription())?.endsWith('engine: duckdb') ?? false, 'the explorer to show engine: duckdb', 120_000);
      const duck = await inspect(api, target);
      assert.equal(duck.engine, 'duckdb');
      assert.deepEqual(counts(duck), counts(memory));
      // The slice panel's search, pushed down: DuckDB joins the stages and counts each level.
      const duckSlices = await slices(api, target);
      assert.ok(memorySlices.slices.length > 0);
      assert.deepEqual(duckSlices, memorySlices);
    } finally {
      await config().update('engine', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => (await demoDescription()) === '5 stages', 'the explorer to read the pipeline in memory again', 120_000);
    assert.equal((await inspect(api, target)).engine, 'arquero');
  });
});
