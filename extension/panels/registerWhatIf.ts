import * as vscode from 'vscode';
import type { MonitorAlert, TimeBucketName } from '../../core/protocol';
import type { WhatIfSetup } from '../../core/protocol/messages';
import type { WhatIfResult } from '../../core/protocol/whatif';
import { runWithProgress } from '../analysis/runWithProgress';
import type { Services } from '../services';
import { overviewTarget } from './overviewTarget';
import { WhatIfPanel } from './whatIfPanel';
import { parsePredicates, parseWhatIfScope, parseWhatIfSetup } from './whatIfParse';
import { alertSetup, pickPaletteAsk, sliceSetup } from './whatIfPicks';

/** "What If…" from the palette, pipeline and alert items and the Slice Explorer; restore after reload. */
export function registerWhatIf(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('sightline.whatIf', async (argument?: unknown) => {
      const setup = await setupOf(services, argument);
      return setup ? WhatIfPanel.createOrShow(services, setup).info() : undefined;
    }),
    // The notebook renderer's "Open in panel": the cell's result becomes a run of the pipeline's panel.
    vscode.commands.registerCommand('sightline.showWhatIfResult', (uri: unknown, result: unknown) => {
      if (!(uri instanceof vscode.Uri) || !isWhatIfResult(result)) return undefined;
      const panel = WhatIfPanel.createOrShow(services, { target: uri.fsPath, scope: {}, run: false });
      return panel.showResult(result).id;
    }),
    vscode.window.registerWebviewPanelSerializer(WhatIfPanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => WhatIfPanel.revive(services, panel, state),
    }),
    // For the integration tests, which run in another bundle and cannot reach the panels directly.
    vscode.commands.registerCommand('sightline.internal.whatIfPanels', () => WhatIfPanel.all().map((p) => p.info())),
    vscode.commands.registerCommand('sightline.internal.cancelWhatIfs', () => WhatIfPanel.all().forEach((p) => p.cancel())),
    vscode.commands.registerCommand('sightline.internal.whatIfExport', (target: unknown, id: unknown, path: unknown) => {
      const panel = typeof target === 'string' ? WhatIfPanel.find(target) : undefined;
      return panel && typeof id === 'number' && typeof path === 'string' ? panel.exportRun(id, vscode.Uri.file(path)) : undefined;
    }),
  );
}

/**
 * What the command was run on: a setup given outright (scripts, tests), an alert item of the
 * Pipelines tree, a slice from the Slice Explorer (`{ target, where }`), else a pipeline and
 * a remediation the user picks.
 */
async function setupOf(services: Services, argument: unknown): Promise<WhatIfSetup | undefined> {
  const given = typeof argument === 'object' && argument !== null && !(argument instanceof vscode.Uri) ? (argument as Record<string, unknown>) : undefined;
  if (given?.kind === 'alert' && typeof given.target === 'string' && isAlert(given.alert)) {
    const bucket = (['hour', 'day', 'week'] as const).find((b) => b === given.bucket) ?? 'day';
    return alertSetup(given.target, given.alert, bucket as TimeBucketName, await upstreamOf(services, given.target, given.alert.stage));
  }
  const where = parsePredicates(given?.where);
  if (given && where && typeof given.target === 'string' && given.ask === undefined) return sliceSetup(given.target, where, parseWhatIfScope(given));
  if (given?.ask !== undefined) {
    const setup = parseWhatIfSetup(given);
    return setup && { ...setup, run: given.run !== false };
  }
  const target = await overviewTarget(argument);
  if (!target) return undefined;
  const ask = await pickPaletteAsk(services, target);
  if (ask === 'findSlices') {
    void vscode.window.showInformationMessage('Sightline: select a slice in the Slice Explorer, then press "What if…" in its detail.');
    await vscode.commands.executeCommand('sightline.findSlices', vscode.Uri.file(target));
    return undefined;
  }
  return ask && { target, ask, scope: {}, run: true };
}

/** The stage before `stage` in the pipeline, where a repair can take the column's values from. */
async function upstreamOf(services: Services, target: string, stage: string): Promise<string | undefined> {
  const response = await runWithProgress(services.analysis, { kind: 'inspect', target }, 'Sightline: reading the pipeline’s stages');
  if (response?.kind !== 'result' || response.result.kind !== 'inspect') return undefined;
  const names = response.result.stages.map((s) => s.name);
  const at = names.indexOf(stage);
  return at > 0 ? names[at - 1] : undefined;
}

function isWhatIfResult(value: unknown): value is WhatIfResult {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'whatif' && Array.isArray((value as { overTime?: unknown }).overTime);
}

function isAlert(value: unknown): value is MonitorAlert {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.stage === 'string' && typeof a.column === 'string' && typeof a.kind === 'string' && Number.isFinite(a.onset) && Number.isFinite(a.last);
}
