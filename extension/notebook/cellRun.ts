import * as vscode from 'vscode';
import type { KernelError, KernelOutputItem } from '../../core/protocol';
import { errorOutput, streamItem, toCellOutput } from './cellOutput';

/**
 * Writes one execution's outputs in the order the kernel produced them. Console output of one
 * stream goes into a single output while nothing else came between, as a terminal shows it.
 */
export class CellRun {
  private chain: Promise<unknown> = Promise.resolve();
  private lastStream?: { stream: 'stdout' | 'stderr'; output: vscode.NotebookCellOutput };

  constructor(private readonly execution: vscode.NotebookCellExecution) {}

  stream(stream: 'stdout' | 'stderr', text: string): void {
    this.enqueue(async () => {
      const item = streamItem(stream, text);
      if (this.lastStream?.stream === stream) {
        await this.execution.appendOutputItems(item, this.lastStream.output);
        return;
      }
      const output = new vscode.NotebookCellOutput([item]);
      await this.execution.appendOutput(output);
      this.lastStream = { stream, output };
    });
  }

  display(items: KernelOutputItem[]): void {
    if (!items.length) return;
    this.enqueue(async () => {
      this.lastStream = undefined;
      await this.execution.appendOutput(toCellOutput(items));
    });
  }

  error(error: KernelError): void {
    this.enqueue(async () => {
      this.lastStream = undefined;
      await this.execution.appendOutput(errorOutput(error));
    });
  }

  /** Resolves once every output so far is written. */
  settled(): Promise<unknown> {
    return this.chain;
  }

  private enqueue(write: () => Promise<void>): void {
    // An output that fails to write (the cell was deleted) must not block the ones after it.
    this.chain = this.chain.then(write).catch(() => undefined);
  }
}
