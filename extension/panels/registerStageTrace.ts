import * as vscode from 'vscode';
import type { Services } from '../services';
import { StageTracePanel } from './stageTracePanel';
import { overviewTarget } from './overviewTarget';
import { alertIdOf, lineageKeyOf } from './stageTraceArguments';

/** The Stage Trace panel: "Trace Stages" (palette and alert items), "Show Record Lineage" and restore after reload. */
export function registerStageTrace(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('sightline.traceStages', async (argument?: unknown) => {
      const target = await overviewTarget(argument);
      if (!target) return;
      StageTracePanel.createOrShow(services, { kind: 'trace', target }, { alert: alertIdOf(argument) });
    }),
    vscode.commands.registerCommand('sightline.showRecordLineage', async (argument?: unknown) => {
      const target = await overviewTarget(argument);
      const key = target && (lineageKeyOf(argument) ?? (await askKey()));
      if (!target || !key) return undefined;
      const panel = StageTracePanel.createOrShow(services, { kind: 'trace', target });
      const outcome = await panel.showLineage(key);
      if (outcome && 'error' in outcome) void vscode.window.showWarningMessage(`Sightline: ${outcome.error.message}${outcome.error.hint ? ` — ${outcome.error.hint}` : ''}`);
      return outcome && 'result' in outcome ? outcome.result : undefined;
    }),
    vscode.window.registerWebviewPanelSerializer(StageTracePanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => StageTracePanel.revive(services, panel, state),
    }),
    // For the integration tests, which run in another bundle and cannot reach the panels directly.
    vscode.commands.registerCommand('sightline.internal.stageTraces', () => StageTracePanel.all().map((p) => p.info())),
    vscode.commands.registerCommand('sightline.internal.cancelStageTraces', () => StageTracePanel.all().forEach((p) => p.cancel())),
  );
}

function askKey(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Sightline: Show Record Lineage',
    prompt: 'The record key to follow through the stages (the manifest\'s "key" column; case-sensitive)',
    placeHolder: 'e.g. F000123',
    validateInput: (value) => (value.trim() ? undefined : 'Enter a record key'),
  }).then((value) => value?.trim() || undefined);
}
