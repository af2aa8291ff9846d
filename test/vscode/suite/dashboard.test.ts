import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { activateSightline, demoFolder, waitFor } from './support';

interface DashboardInfo {
  key: string;
  kind: 'monitor' | 'drift';
  target?: string;
  status: 'loading' | 'ready' | 'error' | 'cancelled';
  webviewReady: boolean;
  alerts?: number;
  columns?: string[];
  distributions: number;
  lastDistribution?: { stage: string; column: string; start: number; end: number };
  error?: { message: string };
}

interface AlertState {
  status: string;
  runs: number;
  alerts?: { id: string; kind: string; stage: string; column: string; onset: number }[];
}

interface SnapshotItem {
  label: string;
  description?: string;
  contextValue: string;
  children?: SnapshotItem[];
}

const DAY = 86_400_000;
const dashboards = async () => (await vscode.commands.executeCommand<DashboardInfo[]>('sightline.internal.dashboards')) ?? [];
const monitorOf = async (target: string) => (await dashboards()).find((d) => d.kind === 'monitor' && d.target === target);
const alertState = async (target: string, settle = true) => (await vscode.commands.executeCommand<AlertState>('sightline.internal.alertState', target, settle)) as AlertState;
const manifest = () => join(demoFolder().fsPath, 'sightline.json');

suite('monitoring dashboard', () => {
  const copies: string[] = [];
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  test('registers Monitor Pipeline and Detect Drift', async () => {
    await activateSightline();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['sightline.monitorPipeline', 'sightline.detectDrift']) assert.ok(registered.has(command), command);
  });

  test('Monitor Pipeline opens the dashboard on the demo pipeline with its alerts', async () => {
    await activateSightline();
    await vscode.commands.executeCommand('sightline.monitorPipeline', vscode.Uri.file(manifest()));
    await waitFor(async () => (await monitorOf(manifest()))?.status === 'ready', 'the monitor result', 120_000);
    await waitFor(async () => (await monitorOf(manifest()))?.webviewReady === true, 'the dashboard webview to load', 30_000);
    const info = await monitorOf(manifest());
    assert.ok((info?.alerts ?? 0) > 0, `the demo's planted incidents raise alerts: ${JSON.stringify(info)}`);
  });

  test('the tree lists the alerts of the data-quality monitoring; an alert opens the dashboard at its cell', async () => {
    const state = await alertState(manifest());
    assert.equal(state.status, 'ready');
    const alerts = state.alerts ?? [];
    assert.ok(alerts.length > 0, 'the demo raises data-quality alerts');
    const tree = (await vscode.commands.executeCommand<SnapshotItem[]>('sightline.internal.explorerSnapshot', 2)) ?? [];
    const node = tree.find((p) => p.label === 'flights-demo')?.children?.find((c) => c.contextValue === 'alerts');
    assert.match(node?.description ?? '', /^\d+ alerts?( · \d+ warnings?)?$|^\d+ warnings?$/);
    assert.equal(node?.children?.length, alerts.length);
    assert.ok(node?.children?.every((c) => c.contextValue === 'alert' && / · since \d{4}-\d{2}-\d{2}/.test(c.label)), JSON.stringify(node?.children?.slice(0, 3)));

    const columnAlert = alerts.find((a) => a.column !== '*');
    assert.ok(columnAlert, 'an alert on a column');
    const before = (await monitorOf(manifest()))?.distributions ?? 0;
    await vscode.commands.executeCommand('sightline.monitorPipeline', { target: manifest(), alert: columnAlert.id });
    await waitFor(async () => ((await monitorOf(manifest()))?.distributions ?? 0) > before, 'the distribution of the alert\'s cell', 60_000);
    const info = await monitorOf(manifest());
    assert.deepEqual(
      [info?.lastDistribution?.stage, info?.lastDistribution?.column, info?.lastDistribution?.start],
      [columnAlert.stage, columnAlert.column, columnAlert.onset],
    );
    assert.equal((await dashboards()).filter((d) => d.kind === 'monitor' && d.target === manifest()).length, 1, 'the same dashboard is reused');
  });

  test('Detect Drift compares two time ranges of a stage', async () => {
    const t0 = Date.UTC(2001, 0, 1);
    const reference = { target: manifest(), stage: 'features', start: t0, end: t0 + 31 * DAY };
    const current = { target: manifest(), stage: 'features', start: Date.UTC(2001, 5, 1), end: Date.UTC(2001, 6, 1) };
    await vscode.commands.executeCommand('sightline.detectDrift', { reference, current });
    await waitFor(async () => (await dashboards()).some((d) => d.kind === 'drift' && d.status !== 'loading'), 'the drift result', 120_000);
    const drift = (await dashboards()).find((d) => d.kind === 'drift');
    assert.equal(drift?.status, 'ready', JSON.stringify(drift?.error));
    assert.ok((drift?.columns ?? []).includes('dep_hour'), JSON.stringify(drift?.columns));
  });

  test('monitoring runs again when a log file lands in an opened pipeline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-dashboard-'));
    copies.push(dir);
    cpSync(demoFolder().fsPath, dir, { recursive: true });
    const target = join(dir, 'sightline.json');
    await vscode.commands.executeCommand('sightline.openPipeline', vscode.Uri.file(target), { reveal: false });
    const first = await alertState(target);
    assert.equal(first.status, 'ready');
    const runs = first.runs;
    const ingest = join(dir, 'logs', 'ingest');
    // The last month: a copy of it doubles volume outside the reference period.
    const file = readdirSync(ingest).filter((f) => f.endsWith('.csv')).sort().at(-1) ?? '';
    copyFileSync(join(ingest, file), join(ingest, `late-${file}`));
    await waitFor(async () => (await alertState(target, false)).runs > runs, 'monitoring to run again after the new file', 60_000);
    const again = await alertState(target);
    assert.equal(again.status, 'ready');
    // The copied month doubles that month's ingest volume: a volume alert appears where none was.
    const volume = (state: AlertState) => (state.alerts ?? []).filter((a) => a.kind === 'volume' && a.stage === 'ingest').length;
    assert.ok(volume(again) > volume(first), `volume alerts before ${volume(first)}, after ${volume(again)}`);
  });
});
