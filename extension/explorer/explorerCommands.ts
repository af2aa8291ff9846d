import * as vscode from 'vscode';
import type { ColumnNode, ExplorerNode } from './explorerNodes';
import { pipelineNode } from './explorerNodes';
import { pipelineLabel } from './explorerItems';
import type { ExplorerTree } from './explorerTree';
import type { PipelineStatusBar } from './pipelineStatusBar';
import type { PipelineStore } from './pipelineStore';
import type { AlertStore } from './alertStore';
import type { PipelineTargets } from './pipelineTargets';
import { snapshot } from './explorerSnapshot';

const LOG_EXTENSIONS = ['csv', 'tsv', 'jsonl', 'ndjson', 'json', 'parquet', 'arrow', 'feather', 'ipc'];

export interface ExplorerParts {
  store: PipelineStore;
  alerts: AlertStore;
  targets: PipelineTargets;
  tree: ExplorerTree;
  view: vscode.TreeView<ExplorerNode>;
  statusBar: PipelineStatusBar;
}

/** How other features (the overview command) hand over a pipeline without moving the focus. */
export interface OpenPipelineOptions {
  reveal?: boolean;
  /** Offer "Browse…" even when pipelines were found; without it a single pipeline is taken as is. */
  browse?: boolean;
}

export function registerExplorerCommands(parts: ExplorerParts): vscode.Disposable[] {
  const { store, tree, statusBar } = parts;
  return [
    vscode.commands.registerCommand('sightline.openPipeline', (uri?: vscode.Uri, options?: OpenPipelineOptions) => openPipeline(parts, uri, options)),
    vscode.commands.registerCommand('sightline.openManifest', (node?: ExplorerNode) => openManifest(parts, node)),
    vscode.commands.registerCommand('sightline.copyColumnName', async (node?: ColumnNode) => {
      if (node?.kind !== 'column') return;
      await vscode.env.clipboard.writeText(node.column.name);
      vscode.window.setStatusBarMessage(`Copied "${node.column.name}"`, 2500);
    }),
    vscode.commands.registerCommand('sightline.refreshExplorer', () => {
      store.invalidate();
      tree.rediscover();
      if (statusBar.current) statusBar.show(statusBar.current);
    }),
    vscode.commands.registerCommand('sightline.openDemoHelp', openDemoHelp),
    vscode.commands.registerCommand('sightline.showCliHelp', () => runInTerminal('npx sightline --help')),
    // For the integration tests, which run in another bundle and cannot reach the tree directly.
    vscode.commands.registerCommand('sightline.internal.explorerSnapshot', async (depth = 3) => {
      const pipelines = await tree.pipelineNodes();
      await Promise.all(pipelines.map((p) => store.settled(p.target)));
      return pipelines.map((p) => snapshot(p, (t) => store.state(t), depth, (t) => parts.alerts.state(t)));
    }),
    vscode.commands.registerCommand('sightline.internal.alertState', async (target: string, settle = true) => {
      if (settle) {
        await store.settled(target);
        await parts.alerts.settled(target);
      }
      const state = parts.alerts.state(target);
      const result = state.status === 'ready' ? state.result : undefined;
      return { status: state.status, runs: parts.alerts.runCount(target), alerts: result?.alerts.map((a) => ({ id: a.id, kind: a.kind, stage: a.stage, column: a.column, onset: a.onset })) };
    }),
  ];
}

async function openPipeline(parts: ExplorerParts, uri: vscode.Uri | undefined, options: OpenPipelineOptions = {}): Promise<string | undefined> {
  const target = uri?.fsPath ?? (await pickPipeline(parts, 'Open a pipeline: a sightline.json or one log file', options.browse ?? true));
  if (!target) return undefined;
  const found = await parts.tree.pipelineNodes();
  if (!found.some((p) => p.target === target)) {
    await parts.targets.remember(target);
    parts.tree.rediscover();
  }
  parts.statusBar.show(target);
  if (options.reveal !== false) {
    await parts.tree.pipelineNodes();
    await parts.view.reveal(pipelineNode(target), { select: true, focus: true, expand: true });
  }
  return target;
}

/** A quick pick of the workspace's pipelines, with "Browse…" for any manifest or log file. */
export async function pickPipeline(parts: Pick<ExplorerParts, 'tree' | 'store'>, placeHolder: string, browse: boolean): Promise<string | undefined> {
  const pipelines = await parts.tree.pipelineNodes();
  type PipelineItem = vscode.QuickPickItem & { target?: string };
  const items: PipelineItem[] = pipelines.map((p) => ({
    label: pipelineLabel(p.target, parts.store.state(p.target)),
    description: vscode.workspace.asRelativePath(p.target),
    target: p.target,
  }));
  if (browse || !items.length) items.push({ label: '$(folder-opened) Browse…', description: 'a sightline.json or a CSV, JSON lines, Parquet or Arrow log file' });
  const choice = items.length === 1 && !browse ? items[0] : await vscode.window.showQuickPick(items, { placeHolder });
  if (!choice) return undefined;
  if (choice.target) return choice.target;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Open Pipeline',
    filters: { 'Pipeline manifest or log file': LOG_EXTENSIONS },
  });
  return picked?.[0]?.fsPath;
}

async function openManifest(parts: ExplorerParts, node: ExplorerNode | undefined): Promise<void> {
  const target = node?.target ?? parts.statusBar.current ?? (await pickPipeline(parts, 'Open which pipeline manifest?', false));
  if (!target) return;
  await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(target));
}

async function openDemoHelp(): Promise<void> {
  const run = 'Run in Terminal';
  const choice = await vscode.window.showInformationMessage(
    'Sightline demo workspace',
    {
      modal: true,
      detail:
        '`npx sightline demo demo-workspace` writes a five-stage pipeline (ingest → clean → features → predict → feedback) on real US flights, with planted incidents, a sightline.json and an HTML report. It reads only bundled data and needs no network. The Pipelines view picks the manifest up when it is written.',
    },
    run,
  );
  if (choice === run) runInTerminal('npx sightline demo demo-workspace');
}

function runInTerminal(command: string): void {
  const terminal = vscode.window.createTerminal({ name: 'Sightline', cwd: vscode.workspace.workspaceFolders?.[0]?.uri });
  terminal.show();
  terminal.sendText(command);
}
