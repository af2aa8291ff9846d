import type { InspectResult } from '../../core/protocol';
import type { AnalysisClient } from '../analysis/analysisClient';
import { ResultStates } from '../analysis/resultStates';
import { alertsResultOf } from './explorerNodes';

/**
 * Data-quality monitoring of each opened pipeline, run by the worker without the performance
 * series (fast): once a pipeline's logs are read, and again whenever they are read anew after
 * log files changed. The tree's Alerts item and the status bar show it.
 */
export class AlertStore extends ResultStates<'monitor'> {
  /** The inspect result each target's monitoring follows: a new one means the logs changed. */
  private readonly basis = new Map<string, InspectResult>();
  private readonly runs = new Map<string, number>();

  constructor(analysis: AnalysisClient) {
    super(analysis, 'monitor');
  }

  /** How many times the target was monitored (the integration tests watch it rise). */
  runCount(target: string): number {
    return this.runs.get(target) ?? 0;
  }

  /** Monitors `target` when its logs were read anew; the same read monitors once. */
  follow(target: string, inspect: InspectResult): void {
    if (this.basis.get(target) === inspect) return;
    this.basis.set(target, inspect);
    this.runs.set(target, this.runCount(target) + 1);
    void this.run(target, { kind: 'monitor', target, performance: false }, alertsResultOf(this.state(target)));
  }
}
