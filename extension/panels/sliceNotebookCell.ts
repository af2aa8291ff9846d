import * as vscode from 'vscode';

/**
 * Appends a code cell to the notebook in view (a new Sightline notebook on `target` when none
 * is), then selects and reveals it. The cell is not run: the person reads it first.
 */
export async function appendNotebookCell(code: string, target: string): Promise<vscode.NotebookEditor> {
  let editor = vscode.window.activeNotebookEditor ?? vscode.window.visibleNotebookEditors.at(-1);
  if (!editor) {
    await vscode.commands.executeCommand('sightline.newNotebook', target);
    editor = vscode.window.activeNotebookEditor;
  }
  if (!editor) throw new Error('no notebook is open to add the cell to');
  const notebook = editor.notebook;
  const index = notebook.cellCount;
  const edit = new vscode.WorkspaceEdit();
  edit.set(notebook.uri, [vscode.NotebookEdit.insertCells(index, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, code, 'javascript')])]);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('could not add the cell to the notebook');
  const range = new vscode.NotebookRange(index, index + 1);
  editor.selections = [range];
  editor.revealRange(range, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
