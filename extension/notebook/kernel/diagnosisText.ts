import { DIFF_HEADERS, SLICE_HEADERS, diffCells, sliceCells, sliceDiffSummary, slicesSummary } from '../../../core/report/sliceCells';
import { incidentCells, lossCells, traceSummary } from '../../../core/report/traceCells';
import { NO_RUNS_TEXT, RUN_HEADERS, runRows, runsIntro } from '../../../core/report/runCells';
import { diffLines, labelText, lineageSummary, predictionText, stageStatusText } from '../../../core/report/lineageCells';
import type { LineageResult, SliceDiffResult, SlicesResult, TraceResult } from '../../../core/protocol';

/** Plain text of the diagnosis results, for viewers that show neither the renderer nor HTML. */
export function slicesText(result: SlicesResult): string {
  const lines = [`Sightline slices: ${result.pipeline} · ${slicesSummary(result)}`];
  result.slices.forEach((s, i) => lines.push(`  ${rowText(SLICE_HEADERS, sliceCells(s, i + 1))}`));
  if (result.significantSmall.length) lines.push('  small but significantly worse:', ...result.significantSmall.map((s, i) => `  ${rowText(SLICE_HEADERS, sliceCells(s, i + 1))}`));
  return lines.join('\n');
}

export function sliceDiffText(result: SliceDiffResult): string {
  return [
    `Sightline what moved: ${result.pipeline} · ${sliceDiffSummary(result)}`,
    ...result.grown.map((d) => `  GROWN  ${rowText(DIFF_HEADERS, diffCells(d))}`),
    ...result.shrunk.map((d) => `  SHRUNK ${rowText(DIFF_HEADERS, diffCells(d))}`),
  ].join('\n');
}

export function traceText(result: TraceResult): string {
  const lines = [`Sightline stage trace: ${result.pipeline} · ${traceSummary(result)}`];
  result.incidents.forEach((incident, i) => {
    const [, where, kind, onset, downstream, runs] = incidentCells(incident, i + 1, result.bucket);
    lines.push(`  ${i + 1}. ${where} (${kind}) since ${onset}; downstream: ${downstream}; runs: ${runs}`);
  });
  for (const loss of result.stageLoss) {
    const [pair, records, dropped, nulled, changed] = lossCells(loss);
    lines.push(`  ${pair}: ${records} records, dropped ${dropped}, nulled ${nulled}, changed ${changed}`);
  }
  if (result.runsRanking) lines.push(`  component runs: ${runsIntro(result)}`, ...runRows(result).map((r) => `    ${rowText(RUN_HEADERS, r.cells)}`));
  else lines.push(`  ${NO_RUNS_TEXT}`);
  return lines.join('\n');
}

export function lineageText(result: LineageResult): string {
  const lines = [`Sightline record: ${result.pipeline} · ${lineageSummary(result)}`];
  for (const stage of result.stages) {
    lines.push(`  ${stage.present ? '●' : '○'} ${stage.stage}: ${stageStatusText(stage)}`);
    if (stage.diff) lines.push(...diffLines(stage.diff).map((l) => `      ${l.what} ${l.text}`));
  }
  const prediction = predictionText(result);
  const label = labelText(result);
  if (prediction) lines.push(`  prediction ${prediction}`);
  if (label) lines.push(`  label ${label}`);
  return lines.join('\n');
}

/** `header value` pairs of a table row, the first (rank) cell bare. */
function rowText(headers: readonly (readonly [string, boolean])[], cells: string[]): string {
  return cells.map((cell, i) => (i === 0 || headers[i][0] === 'Slice' ? cell : cell && `${headers[i][0].toLowerCase()} ${cell}`)).filter(Boolean).join(' · ');
}
