import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { activateSightline, demoFolder, sightline, waitFor } from './support';

interface WhatIfInfo {
  target: string;
  status: 'idle' | 'running' | 'ready' | 'error' | 'cancelled';
  webviewReady: boolean;
  runs: { id: number; ask: string; kind: string; primary: string; verdict: string | null; hasExport: boolean; overTime: number; bySlice: number }[];
  error?: { message: string };
}

interface MenuItem {
  command: string;
  when?: string;
}

const panels = async () => (await vscode.commands.executeCommand<WhatIfInfo[]>('sightline.internal.whatIfPanels')) ?? [];
const manifest = () => join(demoFolder().fsPath, 'sightline.json');
const mine = async () => (await panels()).find((p) => p.target === manifest());

suite('What-If panel', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('sightline.internal.cancelWhatIfs');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('What If… is a palette command and an action on alert and pipeline items', async () => {
    await activateSightline();
    assert.ok((await vscode.commands.getCommands(true)).includes('sightline.whatIf'));
    const menus = sightline().packageJSON.contributes.menus as Record<string, MenuItem[]>;
    const items = menus['view/item/context'].filter((m) => m.command === 'sightline.whatIf');
    assert.ok(items.some((m) => /viewItem == alert\b/.test(m.when ?? '')), 'on alert items');
    assert.ok(items.some((m) => /viewItem == pipeline\b/.test(m.when ?? '')), 'on pipeline items');
    const commands = sightline().packageJSON.contributes.commands as { command: string; title: string; category: string }[];
    assert.deepEqual(commands.filter((c) => c.command === 'sightline.whatIf').map((c) => `${c.category}: ${c.title}`), ['Sightline: What If…']);
  });

  test('a threshold what-if on the demo pipeline opens the panel and returns a whatif result', async function () {
    this.timeout(300_000);
    const setup = { target: manifest(), ask: { kind: 'threshold', objective: { kind: 'f1' } }, scope: { replicates: 200 } };
    const opened = await vscode.commands.executeCommand<WhatIfInfo>('sightline.whatIf', setup);
    assert.equal(opened?.target, manifest());
    await waitFor(async () => (await mine())?.runs.length === 1 || (await mine())?.status === 'error', 'the what-if to finish', 240_000);
    const info = await mine();
    assert.equal(info?.status, 'ready', JSON.stringify(info?.error));
    const [run] = info?.runs ?? [];
    assert.equal(run.kind, 'whatif');
    assert.equal(run.ask, 'threshold');
    assert.equal(run.primary, 'f1');
    assert.ok(run.overTime > 0, 'windows over time');
    await waitFor(async () => (await mine())?.webviewReady === true, 'the What-If webview to load', 30_000);
  });

  test('Export writes the fitted parameters as JSON', async function () {
    this.timeout(60_000);
    const run = (await mine())?.runs[0];
    assert.ok(run?.hasExport, 'the threshold was fitted on some window');
    const path = join(mkdtempSync(join(tmpdir(), 'sightline-whatif-')), 'threshold.json');
    const written = await vscode.commands.executeCommand<string>('sightline.internal.whatIfExport', manifest(), run.id, path);
    assert.equal(written, path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { parameters: { kind: string; global: number | null }; rule: string; fittedOn: { start: number; end: number } };
    assert.equal(exported.parameters.kind, 'threshold');
    assert.ok(exported.parameters.global === null || (exported.parameters.global >= 0 && exported.parameters.global <= 1), JSON.stringify(exported.parameters));
    assert.ok(exported.rule.length > 0 && exported.fittedOn.end > exported.fittedOn.start, JSON.stringify(exported));
  });

  test('a second run is kept beside the first to compare', async function () {
    this.timeout(300_000);
    await vscode.commands.executeCommand('sightline.whatIf', { target: manifest(), ask: { kind: 'recalibrate', method: 'platt' }, scope: { replicates: 200 } });
    await waitFor(async () => (await mine())?.runs.length === 2 || (await mine())?.status === 'error', 'the second what-if', 240_000);
    const info = await mine();
    assert.equal(info?.status, 'ready', JSON.stringify(info?.error));
    assert.deepEqual(info?.runs.map((r) => r.ask), ['threshold', 'recalibrate']);
    assert.equal((await panels()).filter((p) => p.target === manifest()).length, 1, 'one panel per pipeline');
  });
});
