import type { TimeBucketName } from '../../protocol/messages';
import type {
  BacktestRow, CostMatrix, FittedRemediation, SkippedWindow, WhatIfChanged, WhatIfExport, WhatIfMetric, FittedParameters, WhatIfCore,
} from '../../protocol/whatif';
import type { SliceIds } from '../threshold/sliceThresholds';
import type { Rows } from './remediate';
import type { WindowPlan } from './windows';
import type { OnCompared } from './compared';
import { applyRemediation, fitRemediation } from './remediate';
import { fitWindowsBefore, gather, planWindows } from './windows';
import { metricOn } from './metrics';
import { PooledSample } from './pooledSample';
import { compareMetrics } from './compare';
import { whatIfAssumptions } from './assumptions';
import { exportRule } from './exportRule';

export interface WhatIfInput {
  /** Event time, epoch ms; rows without one belong to no window. */
  times: ArrayLike<number>;
  /** P(label = 1) in [0, 1]; NaN when not logged. */
  scores: ArrayLike<number>;
  /** 0 / 1, NaN when the label has not arrived. */
  labels: ArrayLike<number>;
  slices?: SliceIds;
}

export interface WhatIfOptions {
  bucket: TimeBucketName;
  /** Labeled windows each fit uses (default 1: fit on window t, score window t + 1). */
  fitWindows?: number;
  /** The rule in place: positive when score >= it (default 0.5). */
  decisionThreshold?: number;
  /** Reports expected cost; a cost objective brings its own. */
  costs?: CostMatrix;
  level?: number;
  replicates?: number;
  seed?: number;
  onCompared?: OnCompared;
}

export const WHATIF_DEFAULTS = { fitWindows: 1, decisionThreshold: 0.5, level: 0.95, replicates: 1000, seed: 1 } as const;

/** Simulate `remediation` on the logs, fitted and scored out of sample, rolling through the history. */
export function runWhatIf(input: WhatIfInput, remediation: FittedRemediation, options: WhatIfOptions): WhatIfCore {
  validate(input);
  const o = { ...WHATIF_DEFAULTS, ...options };
  const costs = remediation.kind === 'threshold' && remediation.objective.kind === 'cost' ? remediation.objective.costs : options.costs;
  const metrics = metricsFor(remediation, costs !== undefined);
  const plan = planWindows(input.times, input.labels, o.bucket);
  const pooled = new PooledSample();
  const rows: BacktestRow[] = [];
  const skipped: SkippedWindow[] = [];
  const changed: WhatIfChanged = { decisions: 0, scores: 0, of: 0 };
  for (let w = 0; w < plan.starts.length; w++) {
    const fitWindows = fitWindowsBefore(plan, w, o.fitWindows);
    const records = plan.rows[w].length;
    const skip = (reason: SkippedWindow['reason']) => skipped.push({ start: plan.starts[w], reason, records });
    if (!fitWindows.length) {
      skip('no-fit-window');
      continue;
    }
    const target = gather(input, plan, [w]);
    const outcome = fitRemediation(remediation, gather(input, plan, fitWindows), target.scores);
    if ('skip' in outcome) {
      skip(outcome.skip);
      continue;
    }
    const window = scoreWindow(outcome.parameters, target, o.decisionThreshold);
    addChanged(changed, window.changed);
    if (!window.labeledRows.length) {
      skip('no-labels');
      continue;
    }
    pooled.add(window.labeledRows, target.labels, window.before, window.after, plan.rows[w]);
    rows.push({
      fit: fitSpan(plan, fitWindows),
      score: { start: plan.starts[w], end: plan.starts[w] + plan.size, records, labeled: window.labeledRows.length },
      before: pointMetrics(metrics, window.before, target.labels, window.labeledRows, costs),
      after: pointMetrics(metrics, window.after, target.labels, window.labeledRows, costs),
      changed: window.changed,
      parameters: outcome.parameters,
    });
  }
  const sample = pooled.sample();
  options.onCompared?.(sample);
  const compareOptions = { level: o.level, replicates: o.replicates, seed: o.seed, costs };
  const comparisons = compareMetrics(metrics, sample, compareOptions);
  const primary = primaryMetric(remediation);
  const difference = Object.fromEntries(comparisons.map(([m, c]) => [m, c.difference]));
  return {
    kind: 'whatif',
    version: 1,
    remediation,
    bucket: o.bucket,
    primary,
    verdict: difference[primary]?.verdict ?? null,
    before: Object.fromEntries(comparisons.map(([m, c]) => [m, c.before])),
    after: Object.fromEntries(comparisons.map(([m, c]) => [m, c.after])),
    difference,
    coverage: { labeled: sample.labels.length, total: changed.of, share: changed.of > 0 ? sample.labels.length / changed.of : 0 },
    recordsChanged: changed,
    backtest: { rows, skipped, fitWindows: o.fitWindows, bootstrap: { replicates: o.replicates, seed: o.seed, level: o.level } },
    assumptions: whatIfAssumptions({ remediation, fitWindows: o.fitWindows, bucket: o.bucket, decisionThreshold: o.decisionThreshold, level: o.level, replicates: o.replicates, seed: o.seed, metrics }),
    export: finalFit(input, plan, remediation, o.fitWindows),
  };
}

interface ScoredWindow {
  before: { scores: Float64Array; decisions: Float64Array };
  after: { scores: Float64Array; decisions: Float64Array };
  /** Rows (within the window) with a label and a score. */
  labeledRows: Int32Array;
  changed: WhatIfChanged;
}

function scoreWindow(parameters: FittedParameters, target: Rows, decisionThreshold: number): ScoredWindow {
  const before = { scores: target.scores, decisions: target.scores.map((s) => (s >= decisionThreshold ? 1 : 0)) };
  const after = applyRemediation(parameters, target, decisionThreshold);
  const changed: WhatIfChanged = { decisions: 0, scores: 0, of: target.scores.length };
  const labeled: number[] = [];
  for (let i = 0; i < target.scores.length; i++) {
    if (before.decisions[i] !== after.decisions[i]) changed.decisions++;
    if (before.scores[i] !== after.scores[i] && !Number.isNaN(before.scores[i])) changed.scores++;
    if ((target.labels[i] === 0 || target.labels[i] === 1) && !Number.isNaN(target.scores[i])) labeled.push(i);
  }
  return { before, after, labeledRows: Int32Array.from(labeled), changed };
}

function addChanged(total: WhatIfChanged, window: WhatIfChanged): void {
  total.decisions += window.decisions;
  total.scores += window.scores;
  total.of += window.of;
}

function pointMetrics(
  metrics: WhatIfMetric[], side: ScoredWindow['before'], labels: Float64Array, rows: Int32Array, costs?: CostMatrix,
): Partial<Record<WhatIfMetric, number | null>> {
  const out: Partial<Record<WhatIfMetric, number | null>> = {};
  for (const m of metrics) {
    const v = metricOn(m, side, labels, rows, costs);
    out[m] = Number.isFinite(v) ? v : null;
  }
  return out;
}

function fitSpan(plan: WindowPlan, windows: number[]): BacktestRow['fit'] {
  const last = windows[windows.length - 1];
  return { start: plan.starts[windows[0]], end: plan.starts[last] + plan.size, labeled: windows.reduce((n, w) => n + plan.labeled[w], 0) };
}

export function metricsFor(remediation: FittedRemediation, withCost: boolean): WhatIfMetric[] {
  const decisions: WhatIfMetric[] = ['accuracy', 'precision', 'recall', 'f1'];
  const scores: WhatIfMetric[] = remediation.kind === 'recalibrate' ? ['brier', 'logLoss'] : [];
  return [...scores, ...decisions, ...(withCost ? (['expectedCost'] as const) : [])];
}

/** The objective's own metric; Brier score for a recalibration (log loss punishes isotonic's 0s and 1s without limit). */
export function primaryMetric(remediation: FittedRemediation): WhatIfMetric {
  if (remediation.kind === 'recalibrate') return 'brier';
  const kind = remediation.objective.kind;
  return kind === 'cost' ? 'expectedCost' : kind;
}

/** What to ship: fitted on the last labeled windows of the whole history. */
function finalFit(input: WhatIfInput, plan: WindowPlan, remediation: FittedRemediation, fitWindows: number): WhatIfExport | null {
  const windows = fitWindowsBefore(plan, plan.starts.length, fitWindows);
  if (!windows.length) return null;
  const latest = gather(input, plan, [plan.starts.length - 1]);
  const outcome = fitRemediation(remediation, gather(input, plan, windows), latest.scores);
  if ('skip' in outcome) return null;
  return { fittedOn: fitSpan(plan, windows), parameters: outcome.parameters, rule: exportRule(outcome.parameters) };
}

function validate(input: WhatIfInput): void {
  const n = input.times.length;
  for (const [name, column] of [['scores', input.scores], ['labels', input.labels], ['slices', input.slices]] as const) {
    if (column && column.length !== n) throw new RangeError(`what-if: ${name} has ${column.length} rows but times has ${n}; pass one value per record`);
  }
  for (let i = 0; i < n; i++) {
    const s = input.scores[i];
    if (!Number.isNaN(s) && !(s >= 0 && s <= 1)) throw new RangeError(`what-if: scores[${i}] is ${s}; scores must be probabilities in [0, 1] (NaN when not logged)`);
    const y = input.labels[i];
    if (!Number.isNaN(y) && y !== 0 && y !== 1) throw new RangeError(`what-if: labels[${i}] is ${y}; labels must be 0, 1 or NaN when missing`);
  }
}

