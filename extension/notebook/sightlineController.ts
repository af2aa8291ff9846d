import { dirname } from 'node:path';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import type { Services } from '../services';
import { KernelClient, INTERRUPTED } from './kernelClient';
import { CellRun } from './cellRun';
import { errorOutput } from './cellOutput';
import { configuredEngine } from '../analysis/engineSetting';

export const CONTROLLER_ID = 'sightline.kernel';
export const NOTEBOOK_TYPE = 'jupyter-notebook';
const EXTENSION_ID = 'sightline.sightline';

/** What `notebook.selectKernel` needs to pick this controller. */
export const KERNEL_SELECTOR = { id: CONTROLLER_ID, extension: EXTENSION_ID };

const UNTRUSTED = {
  name: 'WorkspaceNotTrusted',
  message:
    'Sightline runs notebook cells only in a trusted workspace, because a cell is code that runs with your permissions. ' +
    'This workspace is in Restricted Mode: run "Workspaces: Manage Workspace Trust" from the Command Palette, trust this folder, then run the cell again. ' +
    'Reading logs and showing saved results work without trust.',
  stack: '',
};

interface Kernel {
  client: KernelClient;
  executionOrder: number;
  /** Cells run one at a time, in the order they were asked for. */
  queue: Promise<void>;
}

/**
 * The "Sightline" kernel for Jupyter notebooks: JavaScript cells with the Sightline library in
 * scope, each notebook in its own worker thread so the extension host never runs user code.
 */
export class SightlineController implements vscode.Disposable {
  readonly controller: vscode.NotebookController;
  private readonly kernels = new Map<string, Kernel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {
    this.controller = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, 'Sightline');
    this.controller.supportedLanguages = ['javascript'];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = 'JavaScript with the Sightline library';
    this.controller.detail = 'Cells run in a worker thread with `sightline` and `display` in scope.';
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
    this.disposables.push(
      this.controller,
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.restart(notebook)),
      this.controller.onDidChangeSelectedNotebooks(({ notebook, selected }) => {
        if (!selected) this.restart(notebook);
      }),
    );
  }

  /** Forgets a notebook's variables; the next cell starts a fresh kernel. */
  restart(notebook: vscode.NotebookDocument): boolean {
    const key = notebook.uri.toString();
    const kernel = this.kernels.get(key);
    if (!kernel) return false;
    this.kernels.delete(key);
    kernel.client.dispose();
    return true;
  }

  dispose(): void {
    for (const kernel of this.kernels.values()) kernel.client.dispose();
    this.kernels.clear();
    for (const d of this.disposables) d.dispose();
  }

  private execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): void {
    if (!vscode.workspace.isTrusted) {
      for (const cell of cells) void this.refuse(cell);
      void this.offerTrust();
      return;
    }
    const kernel = this.kernelFor(notebook);
    for (const cell of cells) {
      let execution: vscode.NotebookCellExecution;
      try {
        execution = this.controller.createNotebookCellExecution(cell);
      } catch (error) {
        // The cell is already queued or running.
        this.services.log.warn(`cell not queued: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      kernel.queue = kernel.queue.then(() => this.runCell(kernel, execution));
    }
  }

  private async runCell(kernel: Kernel, execution: vscode.NotebookCellExecution): Promise<void> {
    if (execution.token.isCancellationRequested) {
      execution.start(Date.now());
      execution.end(undefined, Date.now());
      return;
    }
    const order = ++kernel.executionOrder;
    execution.executionOrder = order;
    execution.start(Date.now());
    await execution.clearOutput();
    const run = new CellRun(execution);
    const interrupt = execution.token.onCancellationRequested(() => kernel.client.interrupt());
    const outcome = await kernel.client.run(execution.cell.document.getText(), order, {
      onStream: (stream, text) => run.stream(stream, text),
      onDisplay: (items) => run.display(items),
    });
    interrupt.dispose();
    if (outcome.ok) run.display(outcome.items);
    else run.error(outcome.error);
    await run.settled();
    if (!outcome.ok && outcome.error.name === INTERRUPTED.name) kernel.executionOrder = 0;
    execution.end(outcome.ok, Date.now());
  }

  private kernelFor(notebook: vscode.NotebookDocument): Kernel {
    const key = notebook.uri.toString();
    let kernel = this.kernels.get(key);
    if (!kernel) {
      const client = new KernelClient(this.services.context.asAbsolutePath('dist/kernelWorker.js'), { baseDir: baseDirOf(notebook), engine: configuredEngine() });
      kernel = { client, executionOrder: 0, queue: Promise.resolve() };
      this.kernels.set(key, kernel);
    }
    return kernel;
  }

  private async refuse(cell: vscode.NotebookCell): Promise<void> {
    let execution: vscode.NotebookCellExecution;
    try {
      execution = this.controller.createNotebookCellExecution(cell);
    } catch {
      return;
    }
    execution.start(Date.now());
    await execution.replaceOutput(errorOutput(UNTRUSTED));
    execution.end(false, Date.now());
  }

  private async offerTrust(): Promise<void> {
    const manage = 'Manage Workspace Trust';
    const choice = await vscode.window.showWarningMessage('Sightline runs notebook cells only in a trusted workspace.', manage);
    if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  }
}

/** Relative paths in cells resolve from the notebook's folder (an untitled one: the workspace). */
function baseDirOf(notebook: vscode.NotebookDocument): string {
  if (notebook.uri.scheme === 'file') return dirname(notebook.uri.fsPath);
  return vscode.workspace.getWorkspaceFolder(notebook.uri)?.uri.fsPath ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? homedir();
}

