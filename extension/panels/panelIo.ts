import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { SightlineResult } from '../../core/protocol';
import { buildChart, chartTitle, figureCsv, type ChartKey } from '../../core/charts';
import { imageBytes } from './imageData';
import { safeFileName } from './panelMessages';

/** What a panel's webview may load: only the bundles in dist/webviews. */
export function panelWebviewOptions(services: Services): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(services.context.extensionUri, 'dist', 'webviews')],
  };
}

export async function copyToClipboard(format: 'csv' | 'json', text: string, what = 'the result'): Promise<void> {
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`Sightline: copied ${what} as ${format.toUpperCase()}`, 3000);
}

/** Asks where to save a chart image the webview rendered, writes it and offers to open it. */
export async function saveChartImage(near: string, format: 'png' | 'svg', data: string, suggestedName: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(dirname(near));
  const uri = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, safeFileName(suggestedName, format)),
    filters: format === 'png' ? { 'PNG image': ['png'] } : { 'SVG image': ['svg'] },
    saveLabel: 'Export Chart',
  });
  if (!uri) return;
  try {
    await vscode.workspace.fs.writeFile(uri, imageBytes(data));
    const open = 'Open';
    const choice = await vscode.window.showInformationMessage(`Sightline: saved the chart to ${vscode.workspace.asRelativePath(uri)}`, open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', uri);
  } catch (error) {
    void vscode.window.showErrorMessage(`Sightline: could not save the chart: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function openFileAt(path: string, line?: number): Promise<void> {
  const at = Math.max(0, (line ?? 1) - 1);
  await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path), { selection: new vscode.Range(at, 0, at, 0) });
}

export function forceLightSetting(): boolean {
  return vscode.workspace.getConfiguration('sightline').get<boolean>('charts.forceLight', false);
}

/** Copy Result for any result panel: the whole result as JSON, or one chart's data as CSV. */
export async function copyPanelResult(result: SightlineResult | undefined, format: 'csv' | 'json', chart: ChartKey | undefined, panelName: string): Promise<void> {
  if (!result) {
    void vscode.window.showWarningMessage(`Sightline: the ${panelName} has no result yet.`);
    return;
  }
  if (format === 'json') return copyToClipboard('json', JSON.stringify(result, null, 2));
  const figure = chart ? buildChart(chart, result) : undefined;
  if (figure && chart) await copyToClipboard('csv', figureCsv(figure), chartTitle(chart));
}
