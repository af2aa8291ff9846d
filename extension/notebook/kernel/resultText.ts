import { formatCount, formatOnset } from '../../../core/charts/format';
import { driftSummary, minEffectText, monitorSummary } from '../../../core/report/detectionSummary';
import { driftCells, sortDriftColumns } from '../../../core/report/driftCells';
import type { DriftResult, MonitorResult, SightlineResult } from '../../../core/protocol';
import { inspectOf } from '../../../core/protocol/inspectOf';
import { lineageText, sliceDiffText, slicesText, traceText } from './diagnosisText';
import { whatIfPlainText } from '../../../core/report/reactionText';

/** A result as plain text, for viewers that show neither the renderer nor HTML. */
export function resultText(result: SightlineResult): string {
  if (result.kind === 'monitor') return monitorText(result);
  if (result.kind === 'drift') return driftText(result);
  if (result.kind === 'slices') return slicesText(result);
  if (result.kind === 'slice-diff') return sliceDiffText(result);
  if (result.kind === 'trace') return traceText(result);
  if (result.kind === 'lineage') return lineageText(result);
  if (result.kind === 'whatif') return whatIfPlainText(result);
  const inspect = inspectOf(result);
  const stages = inspect?.stages ?? [];
  const title = `Sightline ${result.kind}: ${result.pipeline} · ${formatCount(stages.length)} stages`;
  return [title, ...stages.map((s) => `  ${s.name}: ${formatCount(s.rows)} rows, ${formatCount(s.columns.length)} columns`)].join('\n');
}

function monitorText(result: MonitorResult): string {
  const lines = [`Sightline monitor: ${result.pipeline} · ${monitorSummary(result)}`];
  const ordered = [...result.alerts].sort((a, b) => Number(b.severity === 'alert') - Number(a.severity === 'alert') || a.onset - b.onset);
  for (const a of ordered) {
    const where = a.column === '*' ? a.stage : `${a.stage}.${a.column}`;
    lines.push(`  ${a.severity.toUpperCase().padEnd(5)} ${a.kind} ${where} ${formatOnset(a.onset, a.last)}: ${a.evidence}`);
    if (a.subpopulation) lines.push(`        concentrated in ${a.subpopulation.description}`);
  }
  return lines.join('\n');
}

function driftText(result: DriftResult): string {
  const lines = [`Sightline drift: ${result.pipeline} · ${driftSummary(result)}`, `  ${minEffectText(result)}`];
  for (const c of sortDriftColumns(result.columns)) {
    const [column, , method, , , pAdjusted, effect, drifted] = driftCells(c);
    lines.push(`  ${drifted === 'yes' ? 'DRIFT' : 'ok   '} ${column} (${method}, adjusted p ${pAdjusted}, effect ${effect}): ${c.reason}`);
  }
  return lines.join('\n');
}
