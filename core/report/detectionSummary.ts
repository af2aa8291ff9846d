import { formatCount, formatWindowSpan } from '../charts/format';
import type { DriftResult, MonitorResult, MultivariateDrift } from '../protocol';

/** Alerts and warnings in words: "2 alerts, 1 warning". */
export function alertCounts(result: MonitorResult): string {
  const alerts = result.alerts.filter((a) => a.severity === 'alert').length;
  const warnings = result.alerts.length - alerts;
  return `${plural(alerts, 'alert')}, ${plural(warnings, 'warning')}`;
}

/** One line for a monitor result: what was watched, against which reference, what it found. */
export function monitorSummary(result: MonitorResult): string {
  const windows = `${plural(result.windows.length, `${result.bucket} window`)}`;
  const reference = `reference ${formatWindowSpan(result.reference)}`;
  return `${plural(result.stages.length, 'stage')} · ${windows} · ${reference} · ${alertCounts(result)}`;
}

/** One line for a drift result: how many columns drifted, on how many rows, under which rule. */
export function driftSummary(result: DriftResult): string {
  const drifted = result.columns.filter((c) => c.drifted).length;
  const sides = `${formatCount(result.current.rows)} current vs ${formatCount(result.reference.rows)} reference rows`;
  const rule = `${result.method ? `method ${result.method}` : 'default tests'}, Benjamini-Hochberg at ${result.level}`;
  const joint = result.multivariate ? ` · ${multivariateSummary(result.multivariate)}` : '';
  return `${drifted} of ${plural(result.columns.length, 'column')} drifted${joint} · ${sides} · ${rule}`;
}

/** The domain-classifier test in a phrase: "joint drift (domain classifier AUC 0.67, p 0.005)". */
export function multivariateSummary(mv: MultivariateDrift): string {
  const verdict = mv.drifted ? 'joint drift' : 'no joint drift';
  return `${verdict} (domain classifier AUC ${mv.auc.toFixed(2)}, p ${Number(mv.pValue.toPrecision(2))})`;
}

/** The rule's minimum effects, in words. */
export function minEffectText(result: DriftResult): string {
  return `minimum effect ${result.minEffect.numeric} reference SD (numbers), ${result.minEffect.categorical} total variation (categories)`;
}

function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
