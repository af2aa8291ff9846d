import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';

export const LOG_GLOB = '**/*.{csv,tsv,jsonl,ndjson,parquet,arrow,feather,ipc}';

/**
 * Watches pipelines opened from outside the workspace, which the workspace's own watchers do
 * not see: a manifest's folder for log files, or an inferred pipeline's single file.
 */
export class OutsideWatchers implements vscode.Disposable {
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();

  constructor(private readonly onChange: (path: string) => void) {}

  watch(target: string, inferred: boolean): void {
    if (this.watchers.has(target) || vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target))) return;
    const folder = vscode.Uri.file(dirname(target));
    const pattern = new vscode.RelativePattern(folder, inferred ? basename(target) : LOG_GLOB);
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    for (const event of [watcher.onDidCreate, watcher.onDidChange, watcher.onDidDelete]) event((uri) => this.onChange(uri.fsPath));
    this.watchers.set(target, watcher);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
  }
}
