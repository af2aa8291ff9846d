import * as vscode from 'vscode';
import type { Services } from '../services';
import { DashboardPanel } from './dashboardPanel';
import { pickDriftRequest } from './driftPicker';
import { overviewTarget } from './overviewTarget';
import { parseDashboardState } from './dashboardState';

/** The monitoring dashboard: "Monitor Pipeline", "Detect Drift" and restore after reload. */
export function registerDashboard(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('sightline.monitorPipeline', async (argument?: unknown) => {
      const target = await overviewTarget(argument);
      if (!target) return;
      DashboardPanel.createOrShow(services, { kind: 'monitor', target }, { alert: alertOf(argument) });
    }),
    vscode.commands.registerCommand('sightline.detectDrift', async (argument?: unknown) => {
      // Scripts and tests may pass { reference, current, columns? } instead of picking.
      const given = typeof argument === 'object' && argument !== null ? parseDashboardState({ request: { ...argument, kind: 'drift' } }) : undefined;
      const request = given?.kind === 'drift' ? given : await pickDriftRequest(services);
      if (request) DashboardPanel.createOrShow(services, request);
    }),
    vscode.window.registerWebviewPanelSerializer(DashboardPanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => DashboardPanel.revive(services, panel, state),
    }),
    // For the integration tests, which run in another bundle and cannot reach the panels directly.
    vscode.commands.registerCommand('sightline.internal.dashboards', () => DashboardPanel.all().map((p) => p.info())),
    vscode.commands.registerCommand('sightline.internal.cancelDashboards', () => DashboardPanel.all().forEach((p) => p.cancel())),
  );
}

/** The alert a tree item (or a script) asks the dashboard to open at: `{ target, alert: id }`. */
function alertOf(argument: unknown): string | undefined {
  const alert = typeof argument === 'object' && argument !== null ? (argument as { alert?: unknown }).alert : undefined;
  return typeof alert === 'string' && alert ? alert : undefined;
}
