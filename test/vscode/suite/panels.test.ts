import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { AnalysisClient, AnalysisError } from '../../../extension/analysis/analysisClient';
import { activateSightline, demoFolder, sightline, waitFor } from './support';

interface PanelInfo {
  target: string;
  status: 'loading' | 'ready' | 'error' | 'cancelled';
  webviewReady: boolean;
  stages: string[];
  error?: { message: string };
}

const panels = async () => (await vscode.commands.executeCommand<PanelInfo[]>('sightline.internal.overviewPanels')) ?? [];
const panelFor = async (target: string) => (await panels()).find((p) => p.target === target);
const manifest = () => join(demoFolder().fsPath, 'sightline.json');

/** A private copy of the demo logs: its first load is not in the worker's cache yet. */
function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-panel-'));
  cpSync(demoFolder().fsPath, dir, { recursive: true });
  return dir;
}

suite('overview panel', () => {
  const copies: string[] = [];
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  test('registers its commands', async () => {
    await activateSightline();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['sightline.showOverview', 'sightline.exportChart', 'sightline.copyResultCsv', 'sightline.copyResultJson']) {
      assert.ok(registered.has(command), command);
    }
  });

  test('opens for the demo pipeline and receives the overview from the worker', async () => {
    await activateSightline();
    await vscode.commands.executeCommand('sightline.showOverview', vscode.Uri.file(manifest()));
    await waitFor(async () => (await panelFor(manifest()))?.status === 'ready', 'the overview result', 90_000);
    const info = await panelFor(manifest());
    assert.deepEqual(info?.stages, ['ingest', 'clean', 'features', 'predict', 'feedback']);
    await waitFor(async () => (await panelFor(manifest()))?.webviewReady === true, 'the webview to load', 30_000);
  });

  test('one panel per pipeline: showing it again reuses the panel', async () => {
    await vscode.commands.executeCommand('sightline.showOverview', { target: manifest() });
    assert.equal((await panels()).filter((p) => p.target === manifest()).length, 1);
  });

  test('Copy Result as JSON copies the overview result', async () => {
    await waitFor(async () => (await panelFor(manifest()))?.status === 'ready', 'the overview result', 60_000);
    await vscode.commands.executeCommand('sightline.copyResultJson');
    const copied = JSON.parse(await vscode.env.clipboard.readText()) as { kind: string; version: number; pipeline: string };
    assert.deepEqual([copied.kind, copied.version, copied.pipeline], ['overview', 1, 'flights-demo']);
  });

  test('cancelling stops the computation and the panel says so', async () => {
    const dir = demoCopy();
    copies.push(dir);
    const target = join(dir, 'sightline.json');
    await vscode.commands.executeCommand('sightline.showOverview', vscode.Uri.file(target));
    await vscode.commands.executeCommand('sightline.internal.cancelOverviews');
    await waitFor(async () => (await panelFor(target))?.status === 'cancelled', 'the panel to report cancellation', 30_000);
  });

  test('the worker aborts a cancelled request', async () => {
    const dir = demoCopy();
    copies.push(dir);
    const client = new AnalysisClient(join(sightline().extensionPath, 'dist/analysisWorker.js'));
    const source = new vscode.CancellationTokenSource();
    try {
      const running = client.run({ kind: 'overview', target: join(dir, 'sightline.json') }, { token: source.token, onProgress: () => source.cancel() });
      await assert.rejects(running, (error: unknown) => error instanceof AnalysisError && error.info.cancelled === true);
    } finally {
      client.dispose();
      source.dispose();
    }
  });
});
