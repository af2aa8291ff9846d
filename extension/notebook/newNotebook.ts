import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import type { SightlineController } from './sightlineController';
import { KERNEL_SELECTOR, NOTEBOOK_TYPE } from './sightlineController';
import { starterCells } from './starterCells';

/**
 * `sightline.newNotebook`: an untitled .ipynb with starter cells bound to a pipeline and the
 * Sightline kernel selected. The argument is a path, a Uri, or a tree item carrying one as
 * `target`/`manifest`/`source`; without one it asks among the workspace's sightline.json files.
 */
export async function newNotebook(controller: SightlineController, arg?: unknown): Promise<vscode.NotebookDocument | undefined> {
  const manifest = pathOf(arg) ?? (await pickManifest());
  const cells = starterCells(manifest, manifest ? pipelineName(manifest) : undefined).map(
    (cell) =>
      new vscode.NotebookCellData(
        cell.kind === 'markdown' ? vscode.NotebookCellKind.Markup : vscode.NotebookCellKind.Code,
        cell.source,
        cell.kind === 'markdown' ? 'markdown' : 'javascript',
      ),
  );
  const data = new vscode.NotebookData(cells);
  data.metadata = { metadata: { language_info: { name: 'javascript' } } };
  const notebook = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, data);
  controller.controller.updateNotebookAffinity(notebook, vscode.NotebookControllerAffinity.Preferred);
  const editor = await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, ...KERNEL_SELECTOR });
  return notebook;
}

function pathOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.scheme === 'file' ? arg.fsPath : undefined;
  if (typeof arg === 'object' && arg !== null) {
    const item = arg as { target?: unknown; manifest?: unknown; source?: unknown; resourceUri?: unknown };
    return pathOf(item.target) ?? pathOf(item.manifest) ?? pathOf(item.source) ?? pathOf(item.resourceUri);
  }
  return undefined;
}

async function pickManifest(): Promise<string | undefined> {
  const found = await vscode.workspace.findFiles('**/sightline.json', '**/node_modules/**', 50);
  if (found.length <= 1) return found[0]?.fsPath;
  const picked = await vscode.window.showQuickPick(
    found.map((uri) => ({ label: pipelineName(uri.fsPath), description: vscode.workspace.asRelativePath(uri), path: uri.fsPath })),
    { title: 'New Sightline Notebook', placeHolder: 'Which pipeline should the notebook start from?' },
  );
  return picked?.path;
}

function pipelineName(manifest: string): string {
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    if (typeof parsed.name === 'string' && parsed.name) return parsed.name;
  } catch {
    // Not a readable manifest (a folder or a log file): name it after the path.
  }
  return basename(manifest) === 'sightline.json' ? basename(dirname(manifest)) : basename(manifest);
}
