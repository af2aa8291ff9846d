import { formatDate, formatDuration } from '../charts/format';
import type { LineageDiff, LineageResult, LineageStage, LineageValue } from '../protocol';

/** A cell value as text: null as "null", numbers to six significant digits. */
export function valueText(value: LineageValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return String(value);
}

/** What a stage says about the record in one line: its status and row count. */
export function stageStatusText(stage: LineageStage): string {
  switch (stage.status) {
    case 'present':
      return '1 row';
    case 'duplicated':
      return `${stage.rows.length} rows (duplicated key; the first is shown)`;
    case 'dropped':
      return 'dropped: an upstream stage had the record, this one does not';
    case 'absent':
      return 'no row for this key';
    case 'no-key':
      return 'not searched: no key column';
  }
}

/** The changes against the upstream stage, one per line; empty when nothing changed. */
export function diffLines(diff: LineageDiff): { what: 'changed' | 'nulled' | 'added' | 'removed'; text: string }[] {
  return [
    ...diff.changed.map((c) => ({ what: 'changed' as const, text: `${c.column}: ${valueText(c.from)} → ${valueText(c.to)}` })),
    ...diff.nulled.map((c) => ({ what: 'nulled' as const, text: `${c.column}: ${valueText(c.value)} → null` })),
    ...diff.added.map((c) => ({ what: 'added' as const, text: `${c.column} = ${valueText(c.value)}` })),
    ...diff.removed.map((c) => ({ what: 'removed' as const, text: c.column })),
  ];
}

export function predictionText(result: LineageResult): string | undefined {
  const p = result.prediction;
  if (!p) return undefined;
  const parts = [p.score !== undefined ? `score ${valueText(p.score)}` : '', p.class !== undefined ? `class ${valueText(p.class)}` : '', p.modelVersion !== undefined ? `model ${valueText(p.modelVersion)}` : ''].filter(Boolean);
  const at = p.time !== undefined ? ` at ${formatDate(p.time, true)} UTC` : '';
  return `${p.stage}: ${parts.join(', ') || 'no prediction columns'}${at}`;
}

export function labelText(result: LineageResult): string | undefined {
  const l = result.label;
  if (!l) return undefined;
  const at = l.time !== undefined ? `, arrived ${formatDate(l.time, true)} UTC` : '';
  const lag = l.lagMs !== undefined ? ` (${formatDuration(Math.abs(l.lagMs))} ${l.lagMs >= 0 ? 'after' : 'before'} the prediction)` : '';
  return `${l.stage}: ${l.column} = ${valueText(l.value)}${at}${lag}`;
}

export function lineageSummary(result: LineageResult): string {
  const present = result.stages.filter((s) => s.present).length;
  const when = result.eventTime !== undefined ? ` · event time ${formatDate(result.eventTime, true)} UTC` : '';
  return `record ${result.key} · in ${present} of ${result.stages.length} stages${when}`;
}
