import { formatCount, formatPercent, formatSpan, METRIC_NAMES, predicatesText } from '../../core/charts';
import type { WhatIfDifference, WhatIfMetric, WhatIfResult, WhatIfScope, WhatIfValue } from '../../core/protocol';

// Numbers are shown as computed: a change is never rounded to zero or past its interval, so
// the words never read better than the numbers.

/** A metric value at four decimals, or scientific when smaller, so a tiny change is not shown as 0. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 0.0001) return value.toExponential(1);
  return value.toFixed(4);
}

export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatValue(Math.abs(value))}`;
}

/** "95% interval −0.0028 to +0.0054"; `bare` leaves the level to a column header. */
export function intervalText(d: WhatIfValue | undefined, signed = false, bare = false): string {
  if (!d?.interval) return 'no interval';
  const f = signed ? formatChange : formatValue;
  return `${bare ? '' : `${Math.round(d.interval.level * 100)}% interval `}${f(d.interval.low)} to ${f(d.interval.high)}`;
}

/** The interval level of a result's bootstrap, for column headers. */
export function levelText(level: number): string {
  return `${Math.round(level * 100)}% interval`;
}

export function verdictText(d: WhatIfDifference | undefined): string {
  return d?.verdict ?? 'no interval';
}

/** "F1 0.7120 → 0.7450: +0.0330 (95% interval +0.0120 to +0.0510)". */
export function headline(result: WhatIfResult, metric: WhatIfMetric = result.primary): string {
  const before = result.before[metric];
  const after = result.after[metric];
  const diff = result.difference[metric];
  return `${METRIC_NAMES[metric]} ${formatValue(before?.value)} → ${formatValue(after?.value)}: ${formatChange(diff?.value)} (${intervalText(diff, true)})`;
}

/** What the verdict means in words, with which way is better. */
export function verdictSentence(result: WhatIfResult): string {
  const diff = result.difference[result.primary];
  const better = diff?.higherIsBetter === false ? 'lower is better' : 'higher is better';
  if (!diff || diff.verdict === null) return `No interval could be computed for the change in ${METRIC_NAMES[result.primary]}, so there is no verdict (${better}).`;
  if (diff.verdict === 'no clear change') return `The interval includes no change: this remediation does not clearly change ${METRIC_NAMES[result.primary]} (${better}).`;
  return `The whole interval is on the ${diff.verdict === 'helps' ? 'better' : 'worse'} side: it ${diff.verdict} (${better}).`;
}

export function coverageText(result: WhatIfResult): string {
  const { coverage, recordsChanged } = result;
  return `${formatCount(coverage.labeled)} of ${formatCount(coverage.total)} out-of-sample records labeled (${formatPercent(coverage.share)}); ${formatCount(recordsChanged.decisions)} decisions${recordsChanged.scores ? ` and ${formatCount(recordsChanged.scores)} scores` : ''} changed of ${formatCount(recordsChanged.of)}`;
}

/** The records a run worked on; a fallback names its slice already, so `withSlice` is false there. */
export function scopeText(scope: WhatIfScope, withSlice = true): string {
  const parts = [
    ...(scope.where?.length && withSlice ? [`slice ${predicatesText(scope.where)}`] : []),
    ...(scope.start !== undefined || scope.end !== undefined ? [scope.start !== undefined && scope.end !== undefined ? formatSpan({ start: scope.start, end: scope.end }) : scope.start !== undefined ? `from ${formatSpan({ start: scope.start, end: scope.start + 1 })}` : `until ${formatSpan({ start: (scope.end ?? 1) - 1, end: scope.end ?? 1 })}`] : []),
    ...(scope.groupBy?.length ? [`by ${scope.groupBy.join(', ')}`] : []),
  ];
  return parts.join(' · ') || 'all records';
}
