import * as vscode from 'vscode';
import type { ErrorInfo, LineageResult } from '../../core/protocol';
import { AnalysisError, type AnalysisClient } from '../analysis/analysisClient';

export type LineageOutcome = { key: string; result: LineageResult } | { key: string; error: ErrorInfo };

/**
 * Lineage lookups for one panel: a newer key cancels the lookup still running (the worker keeps
 * the key index, so each lookup after the first is one map access per stage).
 */
export class LineageLookups implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly client: AnalysisClient,
    private readonly target: string,
  ) {}

  /** Undefined when a newer lookup replaced this one or it was cancelled. */
  async lookup(key: string): Promise<LineageOutcome | undefined> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      const response = await this.client.run({ kind: 'lineage', target: this.target, key }, { token: source.token });
      if (response.kind !== 'result' || response.result.kind !== 'lineage') throw new Error(`unexpected ${response.kind} response`);
      return this.running === source ? { key, result: response.result } : undefined;
    } catch (error) {
      const info: ErrorInfo = error instanceof AnalysisError ? error.info : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      return info.cancelled || this.running !== source ? undefined : { key, error: info };
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  /** A few keys to offer; none when the pipeline has no record key (the lineage view says so on lookup). */
  async exampleKeys(): Promise<string[]> {
    try {
      const response = await this.client.run({ kind: 'lineageKeys', target: this.target });
      return response.kind === 'lineageKeys' ? response.keys : [];
    } catch {
      return [];
    }
  }

  dispose(): void {
    this.running?.cancel();
  }
}
