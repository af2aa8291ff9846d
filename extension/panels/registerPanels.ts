import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';
import type { Services } from '../services';
import { OverviewPanel } from './overviewPanel';
import { overviewTarget } from './overviewTarget';
import { DashboardPanel } from './dashboardPanel';
import { StageTracePanel } from './stageTracePanel';
import { SliceExplorerPanel } from './sliceExplorerPanel';
import { WhatIfPanel } from './whatIfPanel';
import { activeResultPanel, type ResultPanel } from './activePanel';

/** The Pipeline Overview panel: its commands, the export/copy commands and restore after reload. */
export function registerPanels(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('sightline.showOverview', async (argument?: unknown) => {
      const target = await overviewTarget(argument);
      if (!target) return;
      OverviewPanel.createOrShow(services, target);
      // The overview's pipeline becomes the current one in the status bar and the explorer.
      void vscode.commands.executeCommand('sightline.openPipeline', vscode.Uri.file(target), { reveal: false });
    }),
    vscode.commands.registerCommand('sightline.exportChart', async () => {
      const panel = await activePanel();
      const chart = panel && (await pickChart(panel, 'Export which chart?'));
      if (!panel || !chart) return;
      const format = await vscode.window.showQuickPick(
        [
          { label: 'PNG', description: 'image, twice the on-screen resolution', format: 'png' as const },
          { label: 'SVG', description: 'vector, for documents and slides', format: 'svg' as const },
        ],
        { placeHolder: 'Image format' },
      );
      if (format) panel.exportChart(chart, format.format);
    }),
    vscode.commands.registerCommand('sightline.copyResultCsv', async () => {
      const panel = await activePanel();
      const chart = panel && (await pickChart(panel, 'Copy the data of which chart?'));
      if (panel && chart) await panel.copyResult('csv', chart);
    }),
    vscode.commands.registerCommand('sightline.copyResultJson', async () => {
      const panel = await activePanel();
      if (panel) await panel.copyResult('json');
    }),
    vscode.window.registerWebviewPanelSerializer(OverviewPanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => OverviewPanel.revive(services, panel, state),
    }),
    // For the integration tests, which run in another bundle and cannot reach the panels directly.
    vscode.commands.registerCommand('sightline.internal.overviewPanels', () => OverviewPanel.all().map((p) => p.info())),
    vscode.commands.registerCommand('sightline.internal.cancelOverviews', () => OverviewPanel.all().forEach((p) => p.cancel())),
  );
}

async function activePanel(): Promise<ResultPanel | undefined> {
  const open: ResultPanel[] = [...OverviewPanel.all(), ...DashboardPanel.all(), ...SliceExplorerPanel.all(), ...StageTracePanel.all(), ...WhatIfPanel.all()];
  const panel = activeResultPanel() ?? (open.length === 1 ? open[0] : undefined);
  if (!panel) void vscode.window.showInformationMessage('Sightline: open a Pipeline Overview or a monitoring dashboard first.');
  return panel;
}

async function pickChart(panel: ResultPanel, placeHolder: string): Promise<ChartKey | undefined> {
  const charts = panel.charts();
  if (!charts.length) {
    void vscode.window.showInformationMessage('Sightline: this panel has no chart yet.');
    return undefined;
  }
  if (charts.length === 1) return charts[0].key;
  const choice = await vscode.window.showQuickPick(charts.map((c) => ({ label: c.title, key: c.key })), { placeHolder });
  return choice?.key;
}
