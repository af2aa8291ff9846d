import type { Interval } from '../../core/protocol/performance';
import type { ScheduleReplay, WhatIfMetric, WhatIfResult, WhatIfValue } from '../../core/protocol/whatif';
import { formatCount, formatDate, formatPercent } from '../../core/charts/format';
import { textTable } from './table';
import { policyName, remediationName } from '../../core/charts/whatIfLabels';

const METRIC_NAMES: Record<WhatIfMetric, string> = {
  accuracy: 'accuracy', precision: 'precision', recall: 'recall', f1: 'F1', brier: 'Brier score', logLoss: 'log loss', expectedCost: 'expected cost',
};

/** A what-if for a person: the verdict first, then before/after with intervals, coverage, assumptions and the export. */
export function whatIfText(result: WhatIfResult): string {
  const out = [verdictLine(result), '', metricsTable(result), ''];
  const c = result.coverage;
  out.push(`Coverage: ${formatCount(c.labeled)} labeled of ${formatCount(c.total)} records (${formatPercent(c.share)})`);
  const r = result.recordsChanged;
  out.push(`Records changed: ${formatCount(r.decisions)} decisions${r.scores ? `, ${formatCount(r.scores)} scores` : ''} of ${formatCount(r.of)}`);
  if (result.backtest.rows.length || result.backtest.skipped.length) {
    out.push(`Backtest: ${result.backtest.rows.length} ${result.bucket} windows scored out of sample, ${result.backtest.skipped.length} skipped`);
  }
  if (result.schedule) out.push('', ...scheduleText(result.schedule));
  if (result.bySlice?.length) out.push('', ...bySliceText(result));
  out.push('', 'Assumptions:', ...result.assumptions.map((a) => `  - ${a}`));
  out.push('', ...exportText(result));
  return out.join('\n');
}

function verdictLine(result: WhatIfResult): string {
  const d = result.difference[result.primary];
  const before = result.before[result.primary];
  const after = result.after[result.primary];
  const name = METRIC_NAMES[result.primary];
  const verdict = result.verdict ?? 'no verdict (no interval could be computed)';
  const confounded = result.assumptions.some((a) => a.startsWith('CONFOUNDED')) ? ' (confounded by drift: different time windows, see assumptions)' : '';
  const figures = d && before && after ? `: ${name} ${num(before.value)} -> ${num(after.value)}, difference ${signed(d.value)} ${interval(d.interval)}` : '';
  const mixed = result.assumptions.some((a) => a.startsWith('the metrics disagree')) ? ' (metrics disagree, see the table)' : '';
  return `${remediationName(result.remediation)}: ${verdict.toUpperCase()}${confounded}${mixed}${figures} on ${formatCount(result.coverage.labeled)} labeled records`;
}


/** The age curve, then one line per replayed policy. */
function scheduleText(s: ScheduleReplay): string[] {
  const curve = textTable(
    ['age (days)', 'versions', 'days', 'labeled', 'accuracy change', 'interval'],
    s.ageCurve.map((p) => [s.ageUnitDays > 1 ? `${p.ageDays}-${p.ageDays + s.ageUnitDays - 1}` : String(p.ageDays), String(p.versions), String(p.windows), formatCount(p.labeled), signed(p.change.value), p.ageDays === 0 ? '(baseline)' : interval(p.change.interval)]),
    [true, true, true, true, true, false],
  );
  const policies = textTable(
    ['policy', 'retrains', 'retrain cost', 'accuracy', 'vs as logged', 'verdict', 'total cost'],
    s.outcomes.map((o) => [
      policyName(o.policy), String(o.retrains.length), String(o.retrainCost), valueText(o.metric),
      `${signed(o.difference.value)} ${interval(o.difference.interval)}`, o.difference.verdict ?? 'n/a', o.totalCost === null ? 'n/a' : o.totalCost.toFixed(2),
    ]),
    [false, true, true, true, true, false, true],
  );
  return [
    `Accuracy against model age (change from each version's first ${s.ageUnitDays > 1 ? `${s.ageUnitDays} days` : 'day'}, pooled over the versions):`, curve, '',
    `Policies replayed over the logged history (label lag ${s.labelLagDays} days):`, policies,
  ];
}

function bySliceText(result: WhatIfResult): string[] {
  const rows = result.bySlice.map((r) => [r.column, r.value, formatCount(r.labeled), valueText(r.before), valueText(r.after), `${signed(r.difference.value)} ${interval(r.difference.interval)}`, r.difference.verdict ?? '']);
  return [`${METRIC_NAMES[result.primary]} by slice:`, textTable(['column', 'value', 'labeled', 'before', 'after', 'after - before', 'verdict'], rows, [false, false, true, true, true, true, false])];
}

function metricsTable(result: WhatIfResult): string {
  const metrics = Object.keys(result.before) as WhatIfMetric[];
  const rows = metrics.map((m) => {
    const d = result.difference[m];
    return [
      `${METRIC_NAMES[m]}${m === result.primary ? ' *' : ''}`,
      valueText(result.before[m]),
      valueText(result.after[m]),
      d ? `${signed(d.value)} ${interval(d.interval)}` : '',
      d?.verdict ?? '',
    ];
  });
  return textTable(['metric', 'before', 'after', 'after - before', 'verdict'], rows, [false, true, true, true, false]);
}

function exportText(result: WhatIfResult): string[] {
  if (!result.export) return ['Export: nothing to export (no window could be fitted)'];
  const e = result.export;
  return [
    `Export (fitted on ${formatDate(e.fittedOn.start)}..${formatDate(e.fittedOn.end)}, ${formatCount(e.fittedOn.labeled)} labeled): ${e.rule}`,
    JSON.stringify(e.parameters, null, 2).split('\n').map((l) => `  ${l}`).join('\n'),
  ];
}

function valueText(v: WhatIfValue | undefined): string {
  return v ? `${num(v.value)} ${interval(v.interval)}` : '';
}

function interval(i: Interval | null): string {
  return i ? `[${num(i.low)}, ${num(i.high)}]` : '[n/a]';
}

function num(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(4);
}

function signed(x: number | null): string {
  return x === null ? 'n/a' : `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;
}
