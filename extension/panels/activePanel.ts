import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';

/** What "Export Chart" and "Copy Result as CSV / JSON" need of a result panel. */
export interface ResultPanel {
  charts(): { key: ChartKey; title: string }[];
  exportChart(chart: ChartKey, format: 'png' | 'svg'): void;
  copyResult(format: 'csv' | 'json', chart?: ChartKey): Promise<void>;
}

let active: ResultPanel | undefined;

/** The result panel in front, of any kind. */
export function activeResultPanel(): ResultPanel | undefined {
  return active;
}

/**
 * Every panel reports its own focus here, so the `sightline.panelActive` context key (which
 * shows the export and copy commands) follows whichever result panel is in front.
 */
export function markActive(panel: ResultPanel, isActive: boolean): void {
  if (isActive) active = panel;
  else if (active === panel) active = undefined;
  else return;
  void vscode.commands.executeCommand('setContext', 'sightline.panelActive', active !== undefined);
}
