import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, test } from 'mocha';
import { activateSightline, demoFolder } from './support';

interface SnapshotItem {
  label: string;
  description?: string;
  contextValue: string;
  children?: SnapshotItem[];
}

const snapshot = async (depth = 3) => (await vscode.commands.executeCommand<SnapshotItem[]>('sightline.internal.explorerSnapshot', depth)) ?? [];
const STAGES = ['ingest', 'clean', 'features', 'predict', 'feedback'];

suite('explorer', () => {
  test('registers its commands', async () => {
    await activateSightline();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['sightline.openPipeline', 'sightline.openManifest', 'sightline.copyColumnName', 'sightline.refreshExplorer', 'sightline.openDemoHelp', 'sightline.showCliHelp']) {
      assert.ok(registered.has(command), command);
    }
  });

  test('shows the demo pipeline: five stages in order, files, typed columns and Alerts', async () => {
    await activateSightline();
    const pipelines = await snapshot();
    const demo = pipelines.find((p) => p.label === 'flights-demo');
    assert.ok(demo, `pipelines: ${JSON.stringify(pipelines.map((p) => p.label))}`);
    assert.equal(demo.contextValue, 'pipeline');
    assert.equal(demo.description, '5 stages');
    const children = demo.children ?? [];
    assert.deepEqual(children.map((c) => c.label), [...STAGES, 'Alerts']);
    assert.match(children.at(-1)?.description ?? '', /^(not monitored yet|monitoring…|none|monitoring failed|\d+ (alerts?|warnings?).*)$/);
    const ingest = children[0];
    assert.equal(ingest.contextValue, 'stage');
    const [files, columns] = ingest.children ?? [];
    assert.equal(files.label, 'Files');
    assert.ok((files.children ?? []).every((f) => f.contextValue === 'file' && /^csv · [\d,]+ rows$/.test(f.description ?? '')), JSON.stringify(files.children));
    const columnItems = columns.children ?? [];
    assert.ok(columnItems.some((c) => c.label === 'flight_id'), 'the key column is listed');
    for (const column of columnItems) assert.match(column.description ?? '', /^(number|boolean|time|category) · .*% null/);
  });

  test('refresh reloads and keeps the tree', async () => {
    await vscode.commands.executeCommand('sightline.refreshExplorer');
    const demo = (await snapshot(1)).find((p) => p.label === 'flights-demo');
    assert.deepEqual(demo?.children?.map((c) => c.label), [...STAGES, 'Alerts']);
  });

  test('Copy Column Name puts the name on the clipboard', async () => {
    const target = join(demoFolder().fsPath, 'sightline.json');
    const node = { kind: 'column', id: 'x', target, stageName: 'ingest', column: { name: 'dep_delay', type: 'number', nullRate: 0, nullCount: 0 } };
    await vscode.commands.executeCommand('sightline.copyColumnName', node);
    assert.equal(await vscode.env.clipboard.readText(), 'dep_delay');
  });
});
