import { formatCount, formatPercent, formatStatistic, formatWindowSpan } from '../charts/format';
import { METRIC_NAMES, policyName, remediationName } from '../charts/whatIfLabels';
import type { Interval } from '../protocol/performance';
import type { WhatIfDifference, WhatIfMetric, WhatIfResult, WhatIfValue } from '../protocol/whatif';

/** The metrics table's columns: header text, and whether the cells are numbers (right-aligned). */
export const METRIC_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Metric', false],
  ['Before', true],
  ['After', true],
  ['After − before', true],
  ['Verdict', false],
];

export const SLICE_ROW_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Slice', false],
  ['Labeled', true],
  ['Before', true],
  ['After', true],
  ['After − before', true],
  ['Verdict', false],
];

export const SCHEDULE_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Policy', false],
  ['Retrainings', true],
  ['Retraining cost', true],
  ['Accuracy', true],
  ['Against as logged', true],
  ['Verdict', false],
  ['Total cost', true],
];

/** One row per replayed retraining policy (none without a schedule replay). */
export function scheduleRows(result: WhatIfResult): string[][] {
  return (result.schedule?.outcomes ?? []).map((o) => [
    policyName(o.policy), formatCount(o.retrains.length), formatCount(o.retrainCost), valueText(o.metric), differenceText(o.difference), o.difference.verdict ?? '–', o.totalCost === null ? '–' : formatCount(o.totalCost),
  ]);
}

/** The primary metric per slice value, largest gain first (rows without a difference last). */
export function sliceRows(result: WhatIfResult): string[][] {
  const gain = (d: WhatIfDifference) => (d.value === null ? Number.NEGATIVE_INFINITY : d.higherIsBetter ? d.value : -d.value);
  return [...result.bySlice]
    .sort((a, b) => gain(b.difference) - gain(a.difference))
    .map((r) => [`${r.column} = ${r.value}`, formatCount(r.labeled), valueText(r.before), valueText(r.after), differenceText(r.difference), r.difference.verdict ?? '–']);
}


/** The verdict as a person reads it; null when no interval could be computed. */
export function verdictText(result: WhatIfResult): string {
  return result.verdict ?? 'no verdict (no interval could be computed)';
}

/** "F1 0.61 → 0.68, after − before +0.07 [+0.04, +0.1] on 1,800 labeled records" */
export function headlineFigures(result: WhatIfResult): string {
  const m = result.primary;
  const before = result.before[m];
  const after = result.after[m];
  const d = result.difference[m];
  const on = `on ${formatCount(result.coverage.labeled)} labeled records`;
  if (!before || !after || !d) return `${METRIC_NAMES[m]}: not computed ${on}`;
  return `${METRIC_NAMES[m]} ${num(before.value)} → ${num(after.value)}, after − before ${differenceText(d)} ${on}`;
}

/** Notes a reader must see beside the verdict: metrics that disagree, drift confounding the comparison. */
export function headlineNotes(result: WhatIfResult): string[] {
  return result.assumptions.filter((a) => /^the metrics disagree|^CONFOUNDED/i.test(a));
}

/** One row per metric, the primary first, in METRIC_HEADERS order. */
export function metricRows(result: WhatIfResult): string[][] {
  const metrics = Object.keys(result.before) as WhatIfMetric[];
  const ordered = [result.primary, ...metrics.filter((m) => m !== result.primary)].filter((m) => result.before[m] || result.after[m]);
  return ordered.map((m) => {
    const d = result.difference[m];
    const notes = [m === result.primary ? 'primary' : '', d && !d.higherIsBetter ? 'lower is better' : ''].filter(Boolean);
    return [`${METRIC_NAMES[m]}${notes.length ? ` (${notes.join(', ')})` : ''}`, valueText(result.before[m]), valueText(result.after[m]), d ? differenceText(d) : '–', d?.verdict ?? '–'];
  });
}

/** "F1 per slice", for the slice table's heading. */
export function sliceTitle(result: WhatIfResult): string {
  return `${METRIC_NAMES[result.primary]} per slice, largest gain first`;
}

export function coverageText(result: WhatIfResult): string {
  const c = result.coverage;
  return `${formatCount(c.labeled)} labeled of ${formatCount(c.total)} out-of-sample records (${formatPercent(c.share)})`;
}

export function changedText(result: WhatIfResult): string {
  const r = result.recordsChanged;
  return `${formatCount(r.decisions)} decisions${r.scores ? ` and ${formatCount(r.scores)} scores` : ''} changed of ${formatCount(r.of)} records`;
}

/** How it was backtested: windows scored and skipped, fit windows, bootstrap. */
export function backtestText(result: WhatIfResult): string {
  const b = result.backtest;
  return `${formatCount(b.rows.length)} ${result.bucket} windows scored out of sample, ${formatCount(b.skipped.length)} skipped · fitted on ${b.fitWindows} earlier window${b.fitWindows === 1 ? '' : 's'} · ${Math.round(b.bootstrap.level * 100)}% intervals from ${formatCount(b.bootstrap.replicates)} paired bootstrap replicates (seed ${b.bootstrap.seed})`;
}

/** One line for headers: remediation, verdict, coverage. */
export function whatIfSummary(result: WhatIfResult): string {
  return `${remediationName(result.remediation)} · ${verdictText(result)} · ${coverageText(result)}`;
}

/** Where the exported parameters were fitted, and the rule they belong to. */
export function exportText(result: WhatIfResult): string {
  const e = result.export;
  if (!e) return 'Nothing to export: no window could be fitted.';
  return `Fitted on ${formatWindowSpan(e.fittedOn)} (${formatCount(e.fittedOn.labeled)} labeled): ${e.rule}`;
}

/** The parameters to ship, as JSON a person copies. */
export function exportJson(result: WhatIfResult): string {
  return result.export ? JSON.stringify(result.export.parameters, null, 2) : '';
}

export function valueText(v: WhatIfValue | undefined): string {
  return v ? `${num(v.value)} ${intervalText(v.interval)}` : '–';
}

export function differenceText(d: WhatIfDifference): string {
  return `${signed(d.value)} ${d.interval ? `[${signed(d.interval.low)}, ${signed(d.interval.high)}]` : '[no interval]'}`;
}

function intervalText(i: Interval | null): string {
  return i ? `[${num(i.low)}, ${num(i.high)}]` : '[no interval]';
}

/** Three significant digits in plain notation: small differences are what a what-if is about, so no "7.0e-4". */
function num(x: number | null): string {
  if (x === null) return 'n/a';
  return Math.abs(x) >= 1e-6 ? String(Number(x.toPrecision(3))) : formatStatistic(x);
}

function signed(x: number | null): string {
  return x === null ? 'n/a' : `${x > 0 ? '+' : ''}${num(x)}`;
}
