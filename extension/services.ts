import type * as vscode from 'vscode';
import type { AnalysisClient } from './analysis/analysisClient';

/** What every feature of the extension is handed at activation. */
export interface Services {
  context: vscode.ExtensionContext;
  analysis: AnalysisClient;
  log: vscode.LogOutputChannel;
}
