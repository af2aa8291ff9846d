import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { WhatIfRun } from '../../core/protocol/messages';
import { safeFileName } from './panelMessages';

/** The file a run's export is saved as: the parameters to ship, with the rule and what they were fitted on. */
export function whatIfExportText(run: WhatIfRun): string | undefined {
  return run.result.export ? `${JSON.stringify(run.result.export, null, 2)}\n` : undefined;
}

export function whatIfExportName(run: WhatIfRun): string {
  return safeFileName(`whatif-${run.result.pipeline}-${run.ask.kind}-${run.id}`, 'json');
}

/** Asks where to save a run's export and writes it; `to` skips the dialog (tests). Returns the file written. */
export async function saveWhatIfExport(run: WhatIfRun, to?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const text = whatIfExportText(run);
  if (!text) {
    void vscode.window.showWarningMessage('Sightline: this what-if could not fit its remediation on any window, so there is nothing to export.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(dirname(run.result.source));
  const uri = to ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, whatIfExportName(run)), filters: { JSON: ['json'] }, saveLabel: 'Export Remediation' }));
  if (!uri) return undefined;
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    if (!to) vscode.window.setStatusBarMessage(`Sightline: saved the remediation to ${vscode.workspace.asRelativePath(uri)}`, 4000);
    return uri;
  } catch (error) {
    void vscode.window.showErrorMessage(`Sightline: could not save the remediation: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
