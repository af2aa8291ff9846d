import type { InspectResult } from '../../core/protocol';
import type { AnalysisClient } from '../analysis/analysisClient';
import { ResultStates } from '../analysis/resultStates';
import type { PipelineState } from './explorerNodes';

/**
 * The inspect result of each pipeline the explorer has expanded, computed once by the worker
 * and kept until a refresh or a file change invalidates it. Shared by the tree and the status bar.
 */
export class PipelineStore extends ResultStates<'inspect'> {
  constructor(analysis: AnalysisClient) {
    super(analysis, 'inspect');
  }

  /** The pipelines known so far, in any state. */
  targets(): string[] {
    return [...this.states.keys()];
  }

  /** Starts an inspect unless one is running or a result is cached. */
  load(target: string): void {
    if (this.state(target).status !== 'idle') return;
    void this.inspect(target, undefined);
  }

  /** Loads `target` if needed and resolves once it is ready or failed. */
  override settled(target: string): Promise<PipelineState> {
    this.load(target);
    return super.settled(target);
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

  private inspect(target: string, previous: InspectResult | undefined): Promise<void> {
    return this.run(target, { kind: 'inspect', target }, previous);
  }
}

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(0, cut + 1);
}
