import type * as vscode from 'vscode';

/**
 * Collects changed paths and hands them over once things are quiet: a job writing a
 * partitioned log folder changes many files, and the explorer should reload once, not per file.
 */
export class FileChangeBatcher implements vscode.Disposable {
  private readonly paths = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly flush: (paths: string[]) => void,
    private readonly quietMs = 600,
  ) {}

  add(path: string): void {
    this.paths.add(path);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const paths = [...this.paths];
      this.paths.clear();
      this.flush(paths);
    }, this.quietMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
