import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { KernelError, KernelOutputItem } from '../../core/protocol';

/**
 * A value's output items as one output. Its metadata carries an id the renderer sends back with a
 * drill-down, so the host can find the cell to insert below (the stable API gives outputs no id).
 */
export function toCellOutput(items: KernelOutputItem[]): vscode.NotebookCellOutput {
  const output = items.map((item) => new vscode.NotebookCellOutputItem(Buffer.from(item.text, 'utf8'), item.mime));
  return new vscode.NotebookCellOutput(output, { [OUTPUT_ID_KEY]: randomUUID() });
}

/** The output metadata field holding the output's id (see `toCellOutput`). */
export const OUTPUT_ID_KEY = 'sightlineOutput';

export function errorOutput(error: KernelError): vscode.NotebookCellOutput {
  const value = new Error(error.message);
  value.name = error.name;
  value.stack = error.stack || `${error.name}: ${error.message}`;
  return new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error(value)]);
}

export function streamItem(stream: 'stdout' | 'stderr', text: string): vscode.NotebookCellOutputItem {
  return stream === 'stdout' ? vscode.NotebookCellOutputItem.stdout(text) : vscode.NotebookCellOutputItem.stderr(text);
}
