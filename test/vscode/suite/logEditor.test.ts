import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { activateSightline, demoFolder, waitFor } from './support';

interface LogEditorInfo {
  file: string;
  webviewReady: boolean;
  status: 'loading' | 'ready' | 'error';
  rowCount?: number;
  pagesSent: number[];
  error?: string;
}

const editors = async () => (await vscode.commands.executeCommand<LogEditorInfo[]>('sightline.internal.logEditors')) ?? [];
const editorFor = async (file: string) => (await editors()).find((e) => e.file === file);

/** The first file of a demo stage folder with this extension (the demo's layout: logs/<stage>/...). */
function demoLog(stage: string, extension: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  const file = walk(join(demoFolder().fsPath, 'logs', stage)).sort().find((f) => f.endsWith(extension));
  assert.ok(file, `no ${extension} file in the demo's ${stage} logs`);
  return file;
}

function activeCustomEditor(): { viewType: string; path: string } | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom ? { viewType: input.viewType, path: input.uri.fsPath } : undefined;
}

async function shows(file: string): Promise<LogEditorInfo> {
  await waitFor(async () => (await editorFor(file))?.status === 'ready', `${file} to be summarized`, 60_000);
  await waitFor(async () => ((await editorFor(file))?.pagesSent ?? []).includes(0), `the first page of ${file}`, 30_000);
  const info = await editorFor(file);
  assert.ok(info);
  return info;
}

suite('log editor', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('a Parquet file of the demo opens in the log viewer, which gets its summary and first page', async () => {
    await activateSightline();
    const file = demoLog('features', '.parquet');
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(file));
    await waitFor(() => activeCustomEditor()?.path === file, 'the custom editor to open', 20_000);
    assert.equal(activeCustomEditor()?.viewType, 'sightline.logEditor', 'Parquet opens in the viewer by default');
    const info = await shows(file);
    assert.equal(info.webviewReady, true);
    assert.ok((info.rowCount ?? 0) > 0, `rows: ${info.rowCount}`);
    assert.equal(info.error, undefined);
  });

  test('Open Log File opens a CSV (a Uri, as from the explorer menu) in the text-log viewer', async () => {
    const file = demoLog('ingest', '.csv');
    await vscode.commands.executeCommand('sightline.openLogFile', vscode.Uri.file(file));
    await waitFor(() => activeCustomEditor()?.path === file, 'the CSV viewer to open', 20_000);
    assert.equal(activeCustomEditor()?.viewType, 'sightline.logEditorText');
    assert.ok(((await shows(file)).rowCount ?? 0) > 0);
  });

  test('Open Log File takes a Pipelines tree node (a `path`) or an item with a resourceUri', async () => {
    const parquet = demoLog('predict', '.parquet');
    await vscode.commands.executeCommand('sightline.openLogFile', { kind: 'file', path: parquet });
    await waitFor(() => activeCustomEditor()?.path === parquet, 'the tree node to open', 20_000);
    assert.equal(activeCustomEditor()?.viewType, 'sightline.logEditor');
    const jsonl = demoLog('feedback', '.jsonl');
    await vscode.commands.executeCommand('sightline.openLogFile', { resourceUri: vscode.Uri.file(jsonl) });
    await waitFor(() => activeCustomEditor()?.path === jsonl, 'the tree item to open', 20_000);
    assert.equal(activeCustomEditor()?.viewType, 'sightline.logEditorText');
    await shows(jsonl);
  });

  test('closing the editor ends its session (its requests are cancelled)', async () => {
    const file = demoLog('clean', '.parquet');
    await vscode.commands.executeCommand('sightline.openLogFile', vscode.Uri.file(file));
    await waitFor(async () => (await editorFor(file)) !== undefined, 'the editor to start', 20_000);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(async () => (await editorFor(file)) === undefined, 'the session to end', 10_000);
  });
});
