import * as vscode from 'vscode';
import { childrenOf, pipelineNode, type ExplorerNode, type PipelineNode } from './explorerNodes';
import { itemView } from './explorerItems';
import type { PipelineStore } from './pipelineStore';
import type { PipelineTargets } from './pipelineTargets';
import type { AlertStore } from './alertStore';

/**
 * The Pipelines view. A pipeline's stages need an inspect by the worker: it starts when the
 * pipeline is expanded, shows "Loading…" meanwhile, and the tree refreshes when it lands.
 */
export class ExplorerTree implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private pipelines: PipelineNode[] | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: PipelineStore,
    private readonly targets: PipelineTargets,
    private readonly alerts: AlertStore,
  ) {
    const refresh = (target: string | undefined) => {
      const node = target ? this.pipelines?.find((p) => p.target === target) : undefined;
      this.changed.fire(node);
    };
    this.subscription = vscode.Disposable.from(store.onDidChange(refresh), alerts.onDidChange(refresh));
  }

  /** Looks for pipelines again (a sightline.json appeared or went away, or one was opened). */
  rediscover(): void {
    this.pipelines = undefined;
    this.changed.fire(undefined);
  }

  async pipelineNodes(): Promise<PipelineNode[]> {
    this.pipelines ??= (await this.targets.all()).map(pipelineNode);
    return this.pipelines;
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const view = itemView(node, (t) => this.store.state(t), (t) => this.alerts.state(t));
    const collapsible = {
      none: vscode.TreeItemCollapsibleState.None,
      collapsed: vscode.TreeItemCollapsibleState.Collapsed,
      expanded: vscode.TreeItemCollapsibleState.Expanded,
    }[view.collapsible];
    const item = new vscode.TreeItem(view.label, collapsible);
    item.id = node.id;
    item.description = view.description;
    item.contextValue = view.contextValue;
    item.iconPath = new vscode.ThemeIcon(view.icon);
    if (view.tooltip) item.tooltip = new vscode.MarkdownString(view.tooltip);
    if (node.kind === 'pipeline' || node.kind === 'file') item.resourceUri = vscode.Uri.file(node.kind === 'file' ? node.path : node.target);
    if (node.kind === 'file') {
      // Log files open in Sightline's log viewer (the text editor is one click away there).
      item.command = { command: 'sightline.openLogFile', title: 'Open Log File', arguments: [vscode.Uri.file(node.path)] };
    } else if (view.runs) {
      item.command = { command: view.runs.command, title: 'Open', arguments: view.runs.arguments };
    } else if (view.opens) {
      const line = Math.max(0, (view.opens.line ?? 1) - 1);
      item.command = {
        command: 'vscode.open',
        title: 'Open',
        arguments: [vscode.Uri.file(view.opens.path), { selection: new vscode.Range(line, 0, line, 0), preview: true }],
      };
    }
    return item;
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) return this.pipelineNodes();
    if (node.kind === 'pipeline') this.store.load(node.target);
    return childrenOf(node, (t) => this.store.state(t), (t) => this.alerts.state(t));
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    if (node.kind === 'pipeline') return undefined;
    return this.pipelines?.find((p) => p.target === node.target);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
