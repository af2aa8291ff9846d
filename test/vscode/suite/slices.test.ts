import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { activateSightline, demoFolder, sightline, waitFor } from './support';

interface SliceExplorerInfo {
  key: string;
  kind: 'slices' | 'sliceAlert';
  target: string;
  status: 'loading' | 'ready' | 'error' | 'cancelled';
  webviewReady: boolean;
  slices?: number;
  significantSmall?: number;
  moved?: number;
  notes: string[];
  error?: { message: string };
  profile?: SliceProfileInfo;
}

interface SliceProfileInfo {
  slice: string;
  predicates: { feature: string; value: string }[];
  rows: number;
  sliceRows: number;
  features: number;
  buckets: number;
}

interface AlertState {
  status: string;
  alerts?: { id: string; kind: string; stage: string; column: string; onset: number }[];
}

interface MenuItem {
  command: string;
  when?: string;
}

const explorers = async () => (await vscode.commands.executeCommand<SliceExplorerInfo[]>('sightline.internal.sliceExplorers')) ?? [];
const manifest = () => join(demoFolder().fsPath, 'sightline.json');
const settled = (info: SliceExplorerInfo | undefined) => info !== undefined && info.status !== 'loading';

suite('Slice Explorer', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Find Slices is a palette command and an action on alert items', async () => {
    await activateSightline();
    assert.ok((await vscode.commands.getCommands(true)).includes('sightline.findSlices'));
    const menus = sightline().packageJSON.contributes.menus as Record<string, MenuItem[]>;
    const onAlerts = menus['view/item/context'].filter((m) => m.command === 'sightline.findSlices' && /viewItem == alert\b/.test(m.when ?? ''));
    assert.ok(onAlerts.length > 0, 'Find Slices on alert items');
    const commands = sightline().packageJSON.contributes.commands as { command: string; title: string; category: string }[];
    assert.deepEqual(
      commands.filter((c) => c.command === 'sightline.findSlices').map((c) => `${c.category}: ${c.title}`),
      ['Sightline: Find Slices'],
    );
  });

  test('Find Slices on the demo pipeline ranks slices of the prediction error', async function () {
    this.timeout(300_000);
    await vscode.commands.executeCommand('sightline.findSlices', vscode.Uri.file(manifest()));
    const mine = async () => (await explorers()).find((e) => e.kind === 'slices' && e.target === manifest());
    await waitFor(async () => settled(await mine()), 'the slices of the demo pipeline', 240_000);
    const info = await mine();
    assert.equal(info?.status, 'ready', JSON.stringify(info?.error));
    assert.ok((info?.slices ?? 0) > 0, JSON.stringify(info));
    assert.ok(info?.notes.some((n) => /have no label yet/.test(n)), 'unlabeled predictions are counted');
    await waitFor(async () => (await mine())?.webviewReady === true, 'the explorer webview to load', 30_000);
  });

  test('the explorer profiles slice #1 on open and answers a profile request for another slice', async function () {
    this.timeout(300_000);
    const mine = async () => (await explorers()).find((e) => e.kind === 'slices' && e.target === manifest());
    await waitFor(async () => (await mine())?.profile?.slice === 'top:0', 'the profile of slice #1, asked for by the webview', 120_000);
    const first = (await mine())?.profile;
    assert.ok(first && first.predicates.length > 0 && first.sliceRows > 0 && first.sliceRows < first.rows, JSON.stringify(first));
    assert.ok(first.features > 0 && first.buckets > 1, `distributions and a time series: ${JSON.stringify(first)}`);
    const info = await mine();
    assert.ok((info?.slices ?? 0) > 1, 'the demo has a second slice');
    const second = await vscode.commands.executeCommand<SliceProfileInfo | undefined>('sightline.internal.sliceProfile', info?.key, { list: 'top', index: 1 });
    assert.equal(second?.slice, 'top:1');
    assert.equal(second?.rows, first.rows, 'the same rows as the search');
    assert.notDeepEqual(second?.predicates, first.predicates);
    assert.equal((await mine())?.profile?.slice, 'top:1');
  });

  test('Find Slices on an alert item shows what moved in its stage', async function () {
    this.timeout(300_000);
    const state = (await vscode.commands.executeCommand<AlertState>('sightline.internal.alertState', manifest(), true)) as AlertState;
    assert.equal(state.status, 'ready');
    const alert = (state.alerts ?? []).find((a) => a.kind === 'drift' && a.stage === 'features');
    assert.ok(alert, 'the demo raises a drift alert on the features stage');
    // The tree hands its alert node to the command, as the context menu does (the test state
    // leaves out the last window: a one-window alert).
    const node = { kind: 'alert', id: `${manifest()}#alerts/${alert.id}`, target: manifest(), alert: { ...alert, last: alert.onset } };
    await vscode.commands.executeCommand('sightline.findSlices', node);
    const mine = async () => (await explorers()).find((e) => e.kind === 'sliceAlert' && e.key.endsWith(`#${alert.id}`));
    await waitFor(async () => settled(await mine()), 'the slices of the alert', 240_000);
    const info = await mine();
    assert.equal(info?.status, 'ready', JSON.stringify(info?.error));
    assert.ok((info?.moved ?? 0) > 0, `slices of change between the reference and the alert windows: ${JSON.stringify(info)}`);
    assert.ok(info?.slices !== undefined, `the demo has predictions and labels, so the alert windows are sliced too: ${JSON.stringify(info?.notes)}`);
    if (info?.slices) {
      await waitFor(async () => (await mine())?.profile?.slice === 'top:0', 'the profile of the alert windows\' slice #1', 120_000);
      assert.ok(((await mine())?.profile?.sliceRows ?? 0) > 0, 'the slice has rows in the alert windows');
    }
  });
});
