import * as vscode from 'vscode';
import type { PipelineStore } from './pipelineStore';
import type { AlertStore } from './alertStore';
import { alertStatusView, statusView } from './statusText';

/**
 * Shows the pipeline last selected or opened and its state (a click focuses the explorer),
 * and beside it the alerts its monitoring raised (a click opens the monitoring dashboard).
 */
export class PipelineStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sightline.pipeline', vscode.StatusBarAlignment.Left, 50);
  private readonly alertItem = vscode.window.createStatusBarItem('sightline.alerts', vscode.StatusBarAlignment.Left, 49);
  private readonly subscription: vscode.Disposable;
  private target: string | undefined;

  constructor(
    private readonly store: PipelineStore,
    private readonly alerts: AlertStore,
  ) {
    this.item.name = 'Sightline Pipeline';
    this.item.command = 'sightline.explorer.focus';
    this.alertItem.name = 'Sightline Alerts';
    const refresh = (target: string | undefined) => {
      if (!target || target === this.target) this.update();
    };
    this.subscription = vscode.Disposable.from(store.onDidChange(refresh), alerts.onDidChange(refresh));
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
      this.alertItem.hide();
      return;
    }
    const view = statusView(this.target, this.store.state(this.target));
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    this.updateAlerts(this.target);
  }

  private updateAlerts(target: string): void {
    const view = alertStatusView(this.alerts.state(target));
    if (!view) {
      this.alertItem.hide();
      return;
    }
    this.alertItem.text = view.text;
    this.alertItem.tooltip = view.tooltip;
    this.alertItem.command = { command: 'sightline.monitorPipeline', title: 'Open the monitoring dashboard', arguments: [{ target }] };
    this.alertItem.backgroundColor = view.text.includes('$(bell-dot)') ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.alertItem.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
    this.alertItem.dispose();
  }
}
