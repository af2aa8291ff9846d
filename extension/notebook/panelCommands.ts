import * as vscode from 'vscode';
import type { ResultKind } from '../../core/protocol';

/**
 * The command that opens each result kind's source in a panel. A kind is offered to the
 * renderer only while its command is registered, so a surface that is not there yet (or was
 * left out of a build) never shows a button that does nothing.
 */
const PANEL_COMMANDS: Partial<Record<ResultKind, string>> = {
  inspect: 'sightline.showOverview',
  overview: 'sightline.showOverview',
  monitor: 'sightline.monitorPipeline',
  // Called with the result too: the cell's what-if becomes a run of the panel.
  whatif: 'sightline.showWhatIfResult',
};

export function panelCommand(kind: ResultKind): string | undefined {
  return PANEL_COMMANDS[kind];
}

/** The result kinds the host can open in a panel right now. */
export async function panelKinds(): Promise<ResultKind[]> {
  const registered = new Set(await vscode.commands.getCommands(true));
  return (Object.keys(PANEL_COMMANDS) as ResultKind[]).filter((kind) => registered.has(PANEL_COMMANDS[kind] ?? ''));
}
