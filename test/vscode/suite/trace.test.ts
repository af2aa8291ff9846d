import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { activateSightline, demoFolder, waitFor } from './support';

interface StageTraceInfo {
  key: string;
  target: string;
  status: 'loading' | 'ready' | 'error' | 'cancelled';
  webviewReady: boolean;
  incidents?: { firstStage: string; column: string; onset: number; alerts: string[] }[];
  stageLoss?: { from: string; to: string; dropped: number; nulled: number; changed: number }[];
  lineages: number;
  lastLineage?: { key: string; stages?: { stage: string; status: string }[]; error?: string };
  error?: { message: string };
}

interface LineageLike {
  kind: string;
  key: string;
  stages: { stage: string; status: string }[];
}

const traces = async () => (await vscode.commands.executeCommand<StageTraceInfo[]>('sightline.internal.stageTraces')) ?? [];
const traceOf = async (target: string) => (await traces()).find((t) => t.target === target);
const manifest = () => join(demoFolder().fsPath, 'sightline.json');

suite('Stage Trace panel', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('registers Trace Stages and Show Record Lineage', async () => {
    await activateSightline();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['sightline.traceStages', 'sightline.showRecordLineage']) assert.ok(registered.has(command), command);
  });

  test('Trace Stages on the demo pipeline returns incidents rooted in its stages, and record loss between them', async () => {
    await activateSightline();
    await vscode.commands.executeCommand('sightline.traceStages', vscode.Uri.file(manifest()));
    await waitFor(async () => (await traceOf(manifest()))?.status === 'ready', 'the trace result', 180_000);
    await waitFor(async () => (await traceOf(manifest()))?.webviewReady === true, 'the Stage Trace webview to load', 30_000);
    const info = (await traceOf(manifest()))!;
    assert.ok((info.incidents?.length ?? 0) > 0, `the demo's planted incidents: ${JSON.stringify(info)}`);
    const stages = ['ingest', 'clean', 'features', 'predict', 'feedback'];
    assert.ok(info.incidents!.every((i) => stages.includes(i.firstStage)), JSON.stringify(info.incidents));
    assert.ok((info.stageLoss ?? []).some((l) => l.from === 'ingest' && l.to === 'clean' && l.dropped > 0), 'clean drops flights with unknown airports');
  });

  test('Trace Stages from an alert opens the same panel (one per pipeline)', async () => {
    const info = (await traceOf(manifest()))!;
    const alert = info.incidents![0].alerts[0];
    await vscode.commands.executeCommand('sightline.traceStages', { target: manifest(), alert: { id: alert } });
    assert.equal((await traces()).filter((t) => t.target === manifest()).length, 1);
  });

  test('Show Record Lineage follows a flight through the stages into the panel', async () => {
    const result = await vscode.commands.executeCommand<LineageLike>('sightline.showRecordLineage', { target: manifest(), key: 'F0000050' });
    assert.equal(result?.kind, 'lineage');
    assert.equal(result?.key, 'F0000050');
    assert.deepEqual(result?.stages.map((s) => s.stage), ['ingest', 'clean', 'features', 'predict', 'feedback']);
    assert.equal(result?.stages[0].status, 'present');
    const info = await traceOf(manifest());
    assert.equal(info?.lastLineage?.key, 'F0000050');
    assert.equal(info?.lastLineage?.stages?.length, 5);
  });

  test('an unknown key answers with a readable error, not a result', async () => {
    const before = (await traceOf(manifest()))?.lineages ?? 0;
    const result = await vscode.commands.executeCommand<LineageLike | undefined>('sightline.showRecordLineage', { target: manifest(), key: 'no-such-flight' });
    assert.equal(result, undefined);
    const info = await traceOf(manifest());
    assert.equal(info?.lineages, before + 1);
    assert.match(info?.lastLineage?.error ?? '', /no record with key "no-such-flight"/);
  });
});
