import type * as vscode from 'vscode';

/**
 * One log file open in the viewer. It holds no data: the analysis worker reads and keeps the
 * file, and every editor of it asks the worker for what it shows.
 */
export class LogDocument implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}

  dispose(): void {}
}
