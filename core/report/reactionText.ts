import { METRIC_HEADERS, SLICE_ROW_HEADERS, backtestText, changedText, coverageText, exportJson, exportText, headlineFigures, headlineNotes, metricRows, sliceRows, sliceTitle, verdictText } from './reactionCells';
import { remediationName } from '../charts/whatIfLabels';
import type { WhatIfResult } from '../protocol/whatif';

/** A what-if as plain text: verdict first, then every metric, per slice, assumptions and the parameters to ship. */
export function whatIfPlainText(result: WhatIfResult): string {
  const lines = [
    `Sightline what-if: ${result.pipeline} · ${remediationName(result.remediation)}`,
    `  VERDICT: ${verdictText(result).toUpperCase()} · ${headlineFigures(result)}`,
    ...headlineNotes(result).map((n) => `  NOTE: ${n}`),
    ...rowLines(METRIC_HEADERS, metricRows(result)),
    `  coverage: ${coverageText(result)} · ${changedText(result)}`,
    `  ${backtestText(result)}`,
  ];
  if (result.bySlice.length) lines.push(`  ${sliceTitle(result)}:`, ...rowLines(SLICE_ROW_HEADERS, sliceRows(result)).map((l) => `  ${l}`));
  lines.push('  assumptions:', ...result.assumptions.map((a) => `    - ${a}`));
  lines.push(`  what to ship: ${exportText(result)}`);
  const json = exportJson(result);
  if (json) lines.push(...json.split('\n').map((l) => `    ${l}`));
  return lines.join('\n');
}

function rowLines(headers: readonly (readonly [string, boolean])[], rows: string[][]): string[] {
  return rows.map((cells) => `    ${cells.map((c, i) => (i === 0 ? c : `${headers[i][0].toLowerCase()} ${c}`)).join(' · ')}`);
}
