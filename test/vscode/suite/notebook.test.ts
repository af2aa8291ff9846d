import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { activateSightline, demoFolder, extensionId, waitFor } from './support';

const ERROR_MIME = 'application/vnd.code.notebook.error';
const kernel = { id: 'sightline.kernel', extension: extensionId };

async function notebookWith(cells: string[]): Promise<vscode.NotebookDocument> {
  const data = new vscode.NotebookData(cells.map((source) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, source, 'javascript')));
  const notebook = await vscode.workspace.openNotebookDocument('jupyter-notebook', data);
  const editor = await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, ...kernel });
  return notebook;
}

async function runCells(notebook: vscode.NotebookDocument, start: number, end: number, timeoutMs = 60_000): Promise<void> {
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start, end }], document: notebook.uri });
  await waitFor(
    () => notebook.getCells(new vscode.NotebookRange(start, end)).every((c) => c.executionSummary?.success !== undefined),
    `cells ${start}..${end - 1} to finish`,
    timeoutMs,
  );
}

const mimes = (cell: vscode.NotebookCell) => cell.outputs.map((o) => o.items.map((i) => i.mime));
const text = (item: vscode.NotebookCellOutputItem) => new TextDecoder().decode(item.data);
const errorOf = (cell: vscode.NotebookCell) => {
  const item = cell.outputs.flatMap((o) => o.items).find((i) => i.mime === ERROR_MIME);
  assert.ok(item, `no error output: ${JSON.stringify(mimes(cell))}`);
  return JSON.parse(text(item)) as { name: string; message: string; stack?: string };
};

suite('notebook kernel', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('New Sightline Notebook runs its starter cells into Sightline outputs', async () => {
    await activateSightline();
    const manifest = join(demoFolder().fsPath, 'sightline.json');
    const notebook = await vscode.commands.executeCommand<vscode.NotebookDocument>('sightline.newNotebook', manifest);
    assert.ok(notebook, 'the command returns the notebook');
    assert.equal(notebook.notebookType, 'jupyter-notebook');
    assert.ok(notebook.cellAt(1).document.getText().includes(JSON.stringify(manifest)));
    await runCells(notebook, 1, notebook.cellCount);
    for (const cell of notebook.getCells().slice(1)) {
      assert.equal(cell.executionSummary?.success, true, `cell ${cell.index}: ${JSON.stringify(cell.outputs.map((o) => o.items.map(text)))}`);
      assert.ok((cell.executionSummary?.executionOrder ?? 0) > 0);
      assert.ok(cell.executionSummary?.timing, 'execution timing');
    }
    const overview = notebook.cellAt(1).outputs.at(-1)!;
    assert.deepEqual(overview.items.map((i) => i.mime), ['application/vnd.sightline.overview+json', 'text/html', 'text/plain']);
    const result = JSON.parse(text(overview.items[0])) as { kind: string; inspect: { source: string } };
    assert.equal(result.kind, 'overview');
    assert.equal(result.inspect.source, manifest);
    assert.match(text(overview.items[1]), /<table/);
    // The inspect cell uses `manifest` from the cell before: variables persist.
    const inspect = notebook.cellAt(2);
    assert.ok(mimes(inspect).some((m) => m.includes('application/vnd.sightline.inspect+json')));
    assert.ok(mimes(inspect).some((m) => m.includes('application/vnd.code.notebook.stdout')), 'console.log streams to stdout');
    // The monitor and drift cells carry their result with static HTML and text for other viewers.
    const outputsOf = (kind: string) => notebook.getCells().flatMap((c) => c.outputs).find((o) => o.items[0]?.mime === `application/vnd.sightline.${kind}+json`);
    for (const kind of ['monitor', 'drift']) {
      const output = outputsOf(kind);
      assert.ok(output, `a ${kind} output`);
      assert.deepEqual(output.items.map((i) => i.mime), [`application/vnd.sightline.${kind}+json`, 'text/html', 'text/plain']);
      assert.match(text(output.items[1]), /<table/);
      assert.doesNotMatch(text(output.items[1]), /<script/i);
      assert.match(text(output.items[2]), new RegExp(`^Sightline ${kind}: `));
    }
  });

  test('variables persist, errors read well, and interrupting restarts the kernel', async () => {
    await activateSightline();
    const notebook = await notebookWith([
      'const { a, b: [c] } = { a: 40, b: [2] };\nfunction add(x, y) { return x + y }',
      'add(a, c)',
      'function broken() {\n  return null.value;\n}\nbroken()',
      'while (true) {}',
      'typeof a',
    ]);
    await runCells(notebook, 0, 3);
    assert.equal(text(notebook.cellAt(1).outputs[0].items[0]), '42');
    assert.equal(notebook.cellAt(2).executionSummary?.success, false);
    const error = errorOf(notebook.cellAt(2));
    assert.equal(error.name, 'TypeError');
    assert.match(error.stack ?? '', /at broken \(cell \[\d+\], line 2\)/);
    assert.doesNotMatch(error.stack ?? '', /kernelWorker|node:internal|extensionHost/);

    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 3, end: 4 }], document: notebook.uri });
    // The API shows no "running" state before a cell ends: give the loop time to start spinning.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await vscode.commands.executeCommand('notebook.cell.cancelExecution', { ranges: [{ start: 3, end: 4 }], document: notebook.uri });
    await waitFor(() => notebook.cellAt(3).executionSummary?.success !== undefined, 'the interrupted cell to end', 20_000);
    assert.match(errorOf(notebook.cellAt(3)).message, /interrupted.*variables/i);
    await runCells(notebook, 4, 5);
    assert.equal(text(notebook.cellAt(4).outputs[0].items[0]), 'undefined', 'a fresh kernel after the interrupt');
  });

  test('Restart Kernel forgets variables', async () => {
    await activateSightline();
    const notebook = await notebookWith(['var kept = 1; kept', 'typeof kept']);
    await runCells(notebook, 0, 1);
    await vscode.commands.executeCommand('sightline.restartKernel');
    await runCells(notebook, 1, 2);
    assert.equal(text(notebook.cellAt(1).outputs[0].items[0]), 'undefined');
  });
});
