import * as vscode from 'vscode';
import { LOG_FILE_EXTENSIONS, viewTypeFor } from './logViewTypes';

/**
 * `sightline.openLogFile`: opens a log file in the viewer. The argument is the explorer's Uri,
 * a tree item (with `resourceUri` or a `path`), or nothing, which asks for a file.
 */
export async function openLogFile(argument?: unknown): Promise<void> {
  const uri = uriOf(argument) ?? (await pickLogFile());
  if (!uri) return;
  const viewType = viewTypeFor(uri.path);
  if (!viewType) {
    void vscode.window.showErrorMessage(
      `Sightline: the log viewer does not open ${uri.path.split('/').pop()}. It opens ${LOG_FILE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files.`,
    );
    return;
  }
  await vscode.commands.executeCommand('vscode.openWith', uri, viewType);
}

function uriOf(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  if (typeof argument === 'string') return argument ? vscode.Uri.file(argument) : undefined;
  if (typeof argument !== 'object' || argument === null) return undefined;
  const item = argument as { resourceUri?: unknown; path?: unknown };
  if (item.resourceUri instanceof vscode.Uri) return item.resourceUri;
  if (typeof item.path === 'string' && item.path) return vscode.Uri.file(item.path);
  return undefined;
}

async function pickLogFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Open Log File',
    title: 'Sightline: Open Log File',
    filters: { 'Log files': [...LOG_FILE_EXTENSIONS], 'All files': ['*'] },
  });
  return picked?.[0];
}
