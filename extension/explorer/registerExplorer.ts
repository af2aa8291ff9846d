import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerExplorerCommands } from './explorerCommands';
import type { ExplorerNode } from './explorerNodes';
import { ExplorerTree } from './explorerTree';
import { FileChangeBatcher } from './fileChangeBatcher';
import { PipelineStatusBar } from './pipelineStatusBar';
import { PipelineStore } from './pipelineStore';
import { MANIFEST_GLOB, PipelineTargets } from './pipelineTargets';

const LOG_GLOB = '**/*.{csv,tsv,jsonl,ndjson,parquet,arrow,feather,ipc}';

/** The Pipelines view, the status bar entry and the commands that act on pipelines. */
export function registerExplorer(services: Services): void {
  const { context, analysis } = services;
  const store = new PipelineStore(analysis);
  const targets = new PipelineTargets(context.workspaceState);
  const tree = new ExplorerTree(store, targets);
  const view = vscode.window.createTreeView<ExplorerNode>('sightline.explorer', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new PipelineStatusBar(store);

  view.onDidChangeSelection((event) => {
    const node = event.selection[0];
    if (node) statusBar.show(node.target);
  });

  const logChanges = new FileChangeBatcher((paths) => {
    const affected = new Set(paths.flatMap((path) => store.affectedBy(path)));
    for (const target of affected) store.invalidate(target);
  });
  const manifests = vscode.workspace.createFileSystemWatcher(MANIFEST_GLOB);
  const logs = vscode.workspace.createFileSystemWatcher(LOG_GLOB);
  const manifestSetChanged = new FileChangeBatcher(() => tree.rediscover());
  manifests.onDidCreate((uri) => manifestSetChanged.add(uri.fsPath));
  manifests.onDidDelete((uri) => manifestSetChanged.add(uri.fsPath));
  manifests.onDidChange((uri) => logChanges.add(uri.fsPath));
  for (const event of [logs.onDidCreate, logs.onDidChange, logs.onDidDelete]) event((uri) => logChanges.add(uri.fsPath));

  context.subscriptions.push(
    store,
    tree,
    view,
    statusBar,
    manifests,
    logs,
    logChanges,
    manifestSetChanged,
    ...registerExplorerCommands({ store, targets, tree, view, statusBar }),
  );

  // With a single pipeline in the workspace it is the current one; it loads when first used.
  void tree.pipelineNodes().then((found) => {
    if (found.length === 1 && !statusBar.current) statusBar.show(found[0].target, { load: false });
  });
}
