import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerExplorerCommands } from './explorerCommands';
import type { ExplorerNode } from './explorerNodes';
import { ExplorerTree } from './explorerTree';
import { FileChangeBatcher } from './fileChangeBatcher';
import { PipelineStatusBar } from './pipelineStatusBar';
import { PipelineStore } from './pipelineStore';
import { AlertStore } from './alertStore';
import { LOG_GLOB, OutsideWatchers } from './outsideWatchers';
import { MANIFEST_GLOB, PipelineTargets } from './pipelineTargets';


/** The Pipelines view, the status bar entry and the commands that act on pipelines. */
export function registerExplorer(services: Services): void {
  const { context, analysis } = services;
  const store = new PipelineStore(analysis);
  const alerts = new AlertStore(analysis);
  const targets = new PipelineTargets(context.workspaceState);
  const tree = new ExplorerTree(store, targets, alerts);
  const view = vscode.window.createTreeView<ExplorerNode>('sightline.explorer', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new PipelineStatusBar(store, alerts);

  const logChanges = new FileChangeBatcher((paths) => {
    const affected = new Set(paths.flatMap((path) => store.affectedBy(path)));
    for (const target of affected) store.invalidate(target);
  });
  const outside = new OutsideWatchers((path) => logChanges.add(path));

  // Every fresh read of a pipeline's logs (opened, or reloaded after its files changed) is monitored.
  const monitorWhenRead = store.onDidChange((changed) => {
    for (const target of changed ? [changed] : store.targets()) {
      const state = store.state(target);
      if (state.status !== 'ready') continue;
      outside.watch(target, state.result.inferred);
      alerts.follow(target, state.result);
    }
  });

  // The tree shows which engine read each pipeline, and its figures came from that engine: reread on the new one.
  const engineChanged = analysis.onDidChangeEngine(() => store.invalidate());

  view.onDidChangeSelection((event) => {
    const node = event.selection[0];
    if (node) statusBar.show(node.target);
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
    alerts,
    monitorWhenRead,
    engineChanged,
    tree,
    view,
    statusBar,
    manifests,
    logs,
    logChanges,
    outside,
    manifestSetChanged,
    ...registerExplorerCommands({ store, alerts, targets, tree, view, statusBar }),
  );

  // With a single pipeline in the workspace it is the current one; it loads when first used.
  void tree.pipelineNodes().then((found) => {
    if (found.length === 1 && !statusBar.current) statusBar.show(found[0].target, { load: false });
  });
}
