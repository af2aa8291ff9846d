import * as vscode from 'vscode';
import type { AnalysisRequest, ErrorInfo, SightlineResult } from '../../core/protocol';
import type { ResultState } from './resultState';
import { AnalysisError, type AnalysisClient } from './analysisClient';

/**
 * Per target, the latest result of one kind of worker analysis, with at most one run per target
 * (a new run cancels the old one) and an event when a target's state changes. The explorer's
 * pipeline and alert stores are two of these.
 */
export class ResultStates<K extends SightlineResult['kind']> implements vscode.Disposable {
  protected readonly states = new Map<string, ResultState<Extract<SightlineResult, { kind: K }>>>();
  protected readonly running = new Map<string, vscode.CancellationTokenSource>();
  protected readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the target whose state changed, or undefined when all did. */
  readonly onDidChange = this.changed.event;

  constructor(
    protected readonly analysis: AnalysisClient,
    private readonly kind: K,
  ) {}

  state(target: string): ResultState<Extract<SightlineResult, { kind: K }>> {
    return this.states.get(target) ?? { status: 'idle' };
  }

  /** Resolves once the target's state is ready or failed. */
  settled(target: string): Promise<ResultState<Extract<SightlineResult, { kind: K }>>> {
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

  dispose(): void {
    for (const source of this.running.values()) source.cancel();
    this.changed.dispose();
  }

  /** Runs `request` for `target`, cancelling a run already going; a cancelled run forgets the target. */
  protected async run(target: string, request: AnalysisRequest, previous: Extract<SightlineResult, { kind: K }> | undefined): Promise<void> {
    this.running.get(target)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running.set(target, source);
    this.set(target, { status: 'loading', previous });
    try {
      const response = await this.analysis.run(request, { token: source.token });
      if (response.kind !== 'result' || response.result.kind !== this.kind) throw new Error(`unexpected ${response.kind} response`);
      if (this.running.get(target) === source) this.set(target, { status: 'ready', result: response.result as Extract<SightlineResult, { kind: K }> });
    } catch (error) {
      if (this.running.get(target) !== source) return;
      const info = errorInfoOf(error);
      if (info.cancelled) this.states.delete(target);
      else this.states.set(target, { status: 'error', error: info });
      this.changed.fire(target);
    } finally {
      if (this.running.get(target) === source) this.running.delete(target);
      source.dispose();
    }
  }

  protected set(target: string, state: ResultState<Extract<SightlineResult, { kind: K }>>): void {
    this.states.set(target, state);
    this.changed.fire(target);
  }
}

export function errorInfoOf(error: unknown): ErrorInfo {
  if (error instanceof AnalysisError) return error.info;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
