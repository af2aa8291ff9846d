import * as vscode from 'vscode';
import type { OpenPipelineOptions } from '../explorer/explorerCommands';

/**
 * Which pipeline "Show Pipeline Overview" is about: the tree item or file it was run on, the
 * sightline.json in the active editor, or one the user picks (through "Open Pipeline").
 */
export async function overviewTarget(argument: unknown): Promise<string | undefined> {
  if (argument instanceof vscode.Uri) return argument.fsPath;
  if (typeof argument === 'object' && argument !== null && typeof (argument as { target?: unknown }).target === 'string') {
    return (argument as { target: string }).target;
  }
  const editor = vscode.window.activeTextEditor?.document.uri;
  if (editor?.scheme === 'file' && /[\\/]sightline\.json$/.test(editor.fsPath)) return editor.fsPath;
  const options: OpenPipelineOptions = { reveal: false, browse: false };
  return vscode.commands.executeCommand<string | undefined>('sightline.openPipeline', undefined, options);
}
