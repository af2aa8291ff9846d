import * as vscode from 'vscode';
import type { KernelError, KernelOutputItem } from '../../core/protocol';

export function toCellOutput(items: KernelOutputItem[]): vscode.NotebookCellOutput {
  return new vscode.NotebookCellOutput(items.map((item) => new vscode.NotebookCellOutputItem(Buffer.from(item.text, 'utf8'), item.mime)));
}

export function errorOutput(error: KernelError): vscode.NotebookCellOutput {
  const value = new Error(error.message);
  value.name = error.name;
  value.stack = error.stack || `${error.name}: ${error.message}`;
  return new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error(value)]);
}

export function streamItem(stream: 'stdout' | 'stderr', text: string): vscode.NotebookCellOutputItem {
  return stream === 'stdout' ? vscode.NotebookCellOutputItem.stdout(text) : vscode.NotebookCellOutputItem.stderr(text);
}
