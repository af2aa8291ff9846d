import type { DriftResult } from '../../core/protocol';
import { textTable } from './table';
import { displayPath } from './displayPath';
import { multivariateText } from './multivariateText';

/** The drift result for people: one line per column, then why each flagged column was flagged. */
export function driftText(result: DriftResult, cwd: string): string {
  const flagged = result.columns.filter((c) => c.drifted);
  const lines = [
    `Drift: ${displayPath(result.current.source, cwd)} (${result.current.rows} rows) against ${displayPath(result.reference.source, cwd)} (${result.reference.rows} rows)`,
    `Rule: ${result.method ? `--method ${result.method}` : 'default tests'}, Benjamini-Hochberg at ${result.level}, minimum effect ${result.minEffect.numeric} SD (numbers) / ${result.minEffect.categorical} total variation (categories)`,
    '',
    textTable(
      ['column', 'kind', 'method', 'statistic', 'p', 'p (BH)', 'effect [95% CI]', 'drift'],
      result.columns.map((c) => [
        c.column,
        c.kind,
        c.method,
        num(c.statistic),
        c.pValue === null ? '—' : num(c.pValue),
        c.pAdjusted === null ? '—' : num(c.pAdjusted),
        `${num(c.effectSize)} [${num(c.effectSizeInterval[0])}, ${num(c.effectSizeInterval[1])}]`,
        c.drifted ? 'DRIFT' : 'ok',
      ]),
      [false, false, false, true, true, true, true, false],
    ),
    '',
    flagged.length ? `${flagged.length} of ${result.columns.length} columns drifted:` : `No drift in ${result.columns.length} columns.`,
    ...flagged.map((c) => `  ${c.column}: ${c.reason}`),
    ...result.columns.filter((c) => c.note).map((c) => `  note (${c.column}): ${c.note}`),
    ...result.skipped.map((s) => `  skipped ${s.column}: ${s.reason}`),
    ...(result.multivariate ? ['', ...multivariateText(result.multivariate)] : []),
  ];
  return lines.join('\n');
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 0.001) return x.toExponential(1);
  return String(Number(x.toPrecision(3)));
}
