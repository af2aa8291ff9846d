import * as vscode from 'vscode';
import type { PipelineStore } from './pipelineStore';
import { statusView } from './statusText';

/** Shows the pipeline last selected or opened and its state; a click focuses the explorer. */
export class PipelineStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sightline.pipeline', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private target: string | undefined;

  constructor(private readonly store: PipelineStore) {
    this.item.name = 'Sightline Pipeline';
    this.item.command = 'sightline.explorer.focus';
    this.subscription = store.onDidChange((target) => {
      if (!target || target === this.target) this.update();
    });
  }

  get current(): string | undefined {
    return this.target;
  }

  show(target: string, options: { load?: boolean } = {}): void {
    this.target = target;
    if (options.load !== false) this.store.load(target);
    this.update();
  }

  private update(): void {
    if (!this.target) {
      this.item.hide();
      return;
    }
    const view = statusView(this.target, this.store.state(this.target));
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
