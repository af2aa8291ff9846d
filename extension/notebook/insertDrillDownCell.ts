import { existsSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import type { DrillDown } from '../../core/protocol';
import { drillDownCode } from './drillDownCode';
import { OUTPUT_ID_KEY } from './cellOutput';

/**
 * Inserts the drill-down's cell below the cell holding output `outputId` (see `toCellOutput`;
 * below the last cell when that output is gone), then selects and reveals it. The cell is not run: the person reads
 * it first.
 */
export async function insertDrillDownCell(editor: vscode.NotebookEditor, drill: DrillDown, outputId: string | undefined): Promise<number> {
  const notebook = editor.notebook;
  const owner = outputId === undefined ? undefined : notebook.getCells().find((cell) => cell.outputs.some((output) => output.metadata?.[OUTPUT_ID_KEY] === outputId));
  const index = owner ? owner.index + 1 : notebook.cellCount;
  const cell = new vscode.NotebookCellData(vscode.NotebookCellKind.Code, drillDownCode(drill, isFile(drill.source)), 'javascript');
  const edit = new vscode.WorkspaceEdit();
  edit.set(notebook.uri, [vscode.NotebookEdit.insertCells(index, [cell])]);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('could not insert the drill-down cell');
  const range = new vscode.NotebookRange(index, index + 1);
  editor.selections = [range];
  editor.revealRange(range, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
  return index;
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}
