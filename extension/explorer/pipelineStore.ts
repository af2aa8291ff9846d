import * as vscode from 'vscode';
import type { ErrorInfo, InspectResult } from '../../core/protocol';
import { AnalysisError, type AnalysisClient } from '../analysis/analysisClient';
import type { PipelineState } from './explorerNodes';

/**
 * The inspect result of each pipeline the explorer has expanded, computed once by the worker
 * and kept until a refresh or a file change invalidates it. Shared by the tree and the status bar.
 */
export class PipelineStore implements vscode.Disposable {
  private readonly states = new Map<string, PipelineState>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the target whose state changed, or undefined when all did. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly analysis: AnalysisClient) {}

  state(target: string): PipelineState {
    return this.states.get(target) ?? { status: 'idle' };
  }

  /** Starts an inspect unless one is running or a result is cached. */
  load(target: string): void {
    const state = this.state(target);
    if (state.status !== 'idle') return;
    void this.inspect(target, undefined);
  }

  /** Loads `target` if needed and resolves once it is ready or failed. */
  settled(target: string): Promise<PipelineState> {
    this.load(target);
    return new Promise((resolve) => {
      const check = () => {
        const state = this.state(target);
        if (state.status === 'ready' || state.status === 'error') {
          subscription.dispose();
          resolve(state);
        }
      };
      const subscription = this.changed.event(check);
      check();
    });
  }

  /** Forgets what is known; loaded pipelines reload at once, keeping the old tree while they do. */
  invalidate(target?: string): void {
    const targets = target ? [target] : [...this.states.keys()];
    for (const t of targets) {
      const state = this.state(t);
      this.running.get(t)?.cancel();
      if (state.status === 'ready') void this.inspect(t, state.result);
      else this.states.delete(t);
    }
    this.changed.fire(target);
  }

  /** The pipelines whose logs or manifest live under a folder that contains `file`. */
  affectedBy(file: string): string[] {
    return [...this.states.keys()].filter((target) => {
      const state = this.state(target);
      const result = state.status === 'ready' ? state.result : undefined;
      if (target === file) return true;
      if (result?.stages.some((s) => s.files.some((f) => f.path === file))) return true;
      return !result?.inferred && file.startsWith(folderOf(target));
    });
  }

  dispose(): void {
    for (const source of this.running.values()) source.cancel();
    this.changed.dispose();
  }

  private async inspect(target: string, previous: InspectResult | undefined): Promise<void> {
    const source = new vscode.CancellationTokenSource();
    this.running.set(target, source);
    this.set(target, { status: 'loading', previous });
    try {
      const response = await this.analysis.run({ kind: 'inspect', target }, { token: source.token });
      if (response.kind !== 'result' || response.result.kind !== 'inspect') throw new Error(`unexpected ${response.kind} response`);
      if (this.running.get(target) === source) this.set(target, { status: 'ready', result: response.result });
    } catch (error) {
      if (this.running.get(target) !== source) return;
      const info = toInfo(error);
      if (info.cancelled) this.states.delete(target);
      else this.set(target, { status: 'error', error: info });
      this.changed.fire(target);
    } finally {
      if (this.running.get(target) === source) this.running.delete(target);
      source.dispose();
    }
  }

  private set(target: string, state: PipelineState): void {
    this.states.set(target, state);
    this.changed.fire(target);
  }
}

function toInfo(error: unknown): ErrorInfo {
  if (error instanceof AnalysisError) return error.info;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(0, cut + 1);
}
