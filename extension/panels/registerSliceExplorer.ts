import * as vscode from 'vscode';
import type { SliceExplorerRequest } from '../../core/protocol/sliceExplorer';
import type { Services } from '../services';
import { overviewTarget } from './overviewTarget';
import { SliceExplorerPanel } from './sliceExplorerPanel';
import { parseSliceExplorerRequest } from './sliceExplorerState';
import { parseSliceRef } from './sliceExplorerMessages';

/** The Slice Explorer: "Find Slices" (palette, pipeline items, alert items) and restore after reload. */
export function registerSliceExplorer(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('sightline.findSlices', async (argument?: unknown) => {
      const fromAlert = isAlertItem(argument);
      const request = requestOf(argument) ?? (fromAlert ? undefined : await pipelineRequest(argument));
      if (!request && fromAlert) void vscode.window.showWarningMessage('Sightline: this alert does not say which stage and windows it covers, so there is nothing to slice.');
      return request ? SliceExplorerPanel.createOrShow(services, request).info() : undefined;
    }),
    vscode.window.registerWebviewPanelSerializer(SliceExplorerPanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => SliceExplorerPanel.revive(services, panel, state),
    }),
    // For the integration tests, which run in another bundle and cannot reach the panels directly.
    vscode.commands.registerCommand('sightline.internal.sliceExplorers', () => SliceExplorerPanel.all().map((p) => p.info())),
    vscode.commands.registerCommand('sightline.internal.cancelSliceExplorers', () => SliceExplorerPanel.all().forEach((p) => p.cancel())),
    // What the webview asks for when a slice is selected: the profile, posted to the webview and summarized here.
    vscode.commands.registerCommand('sightline.internal.sliceProfile', (key: unknown, ref: unknown) => {
      const slice = parseSliceRef(ref);
      const panel = SliceExplorerPanel.all().find((p) => p.info().key === key);
      return slice && panel ? panel.profile(slice) : undefined;
    }),
  );
}

/**
 * A request given outright (scripts, tests) or an alert item of the Pipelines tree, whose node
 * is `{ kind: 'alert', target, alert, reference, bucket }` (the monitoring that raised it, so the
 * explorer does not monitor the pipeline again).
 */
function requestOf(argument: unknown): SliceExplorerRequest | undefined {
  if (typeof argument !== 'object' || argument === null || argument instanceof vscode.Uri) return undefined;
  const given = argument as Record<string, unknown>;
  if (given.kind === 'alert') return parseSliceExplorerRequest({ kind: 'sliceAlert', target: given.target, alert: given.alert, reference: given.reference, bucket: given.bucket });
  return parseSliceExplorerRequest(given);
}

function isAlertItem(argument: unknown): boolean {
  return typeof argument === 'object' && argument !== null && (argument as { kind?: unknown }).kind === 'alert';
}

async function pipelineRequest(argument: unknown): Promise<SliceExplorerRequest | undefined> {
  const target = await overviewTarget(argument);
  return target ? { kind: 'slices', target } : undefined;
}
