import { html } from '../../../core/report/html';
import type { SafeHtml } from '../../../core/report/html';
import { diffLines, labelText, lineageSummary, predictionText, stageStatusText, valueText } from '../../../core/report/lineageCells';
import type { LineageResult, LineageStage } from '../../../core/protocol';
import { BOX, CELL, LINE, NOTE, TABLE } from './fallbackStyle';

/** A lineage result without the renderer: one row per stage, its values where the record first shows, then what changed. */
export function lineageHtml(result: LineageResult): string {
  const prediction = predictionText(result);
  const label = labelText(result);
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline record: ${result.pipeline}</strong> · ${lineageSummary(result)}</p>
<table ${TABLE}>
<thead><tr><th ${CELL}>Stage</th><th ${CELL}>Status</th><th ${CELL}>Values, or changes against the stage before</th></tr></thead>
<tbody>${result.stages.map(stageRow)}</tbody>
</table>
${prediction ? html`<p ${LINE}>Prediction ${prediction}</p>` : ''}
${label ? html`<p ${LINE}>Label ${label}</p>` : ''}
${result.notes.length ? html`<p ${NOTE}>${result.notes.join(' · ')}</p>` : ''}
</div>`.value;
}

function stageRow(stage: LineageStage): SafeHtml {
  const name = stage.role ? `${stage.stage} (${stage.role})` : stage.stage;
  const status = stage.status === 'dropped' ? html`<strong>${stageStatusText(stage)}</strong>` : stageStatusText(stage);
  return html`<tr><td ${CELL}>${name}</td><td ${CELL}>${status}</td><td ${CELL}>${details(stage)}</td></tr>`;
}

function details(stage: LineageStage): SafeHtml | string {
  if (!stage.present) return '';
  if (stage.diff) {
    const lines = diffLines(stage.diff);
    if (!lines.length) return `nothing changed against ${stage.diff.against}`;
    return html`${lines.map((l) => html`<strong>${l.what}</strong> ${l.text}<br>`)}<em>against ${stage.diff.against}; ${stage.diff.unchanged} unchanged</em>`;
  }
  const row = stage.rows[0];
  return Object.entries(row.values).map(([column, value]) => `${column} = ${valueText(value)}`).join(', ');
}
