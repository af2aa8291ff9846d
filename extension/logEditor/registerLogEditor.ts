import * as vscode from 'vscode';
import type { Services } from '../services';
import { LogEditorProvider } from './logEditorProvider';
import { LOG_EDITOR_TEXT_VIEW_TYPE, LOG_EDITOR_VIEW_TYPE } from './logViewTypes';
import { openLogFile } from './openLogFile';

/** The read-only log viewer for both view types, and `sightline.openLogFile`. */
export function registerLogEditor(services: Services): void {
  const provider = new LogEditorProvider(services);
  // No retainContextWhenHidden: the webview keeps its offset with setState and the worker keeps the file, so a hidden viewer costs no memory.
  const options = { supportsMultipleEditorsPerDocument: true, webviewOptions: { enableFindWidget: true } };
  services.context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(LOG_EDITOR_VIEW_TYPE, provider, options),
    vscode.window.registerCustomEditorProvider(LOG_EDITOR_TEXT_VIEW_TYPE, provider, options),
    vscode.commands.registerCommand('sightline.openLogFile', openLogFile),
    vscode.commands.registerCommand('sightline.internal.logEditors', () => provider.info()),
  );
}
