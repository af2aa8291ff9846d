import type { SliceFinding, SlicesResult } from '../../core/protocol';
import { textTable } from './table';
import { displayPath } from './displayPath';

/** The slices result for people: the ranked slices, then the small significant ones, then how. */
export function slicesText(result: SlicesResult, cwd: string): string {
  const o = result.options;
  const lines = [
    `Slices: ${displayPath(result.source, cwd)} (${result.rows} rows${result.rowsWithoutError ? `, ${result.rowsWithoutError} without an error left out` : ''}), overall error ${num(result.overallError)} (${o.errorSource})`,
    `SliceLine score, alpha ${o.alpha}, min support ${o.minSupport} rows, top ${o.k}, up to ${o.maxLevel} predicates; ${result.evaluated} slices evaluated`,
    '',
    result.slices.length ? sliceTable(result.slices) : 'No slice scores above 0: no group is worse enough than the rest for its size.',
  ];
  if (result.significantSmall.length) {
    lines.push('', `Small but significantly worse (>= ${o.smallFloor} rows, adjusted p < 0.05, and worse than each slice they refine), outside the top ${o.k}:`, sliceTable(result.significantSmall));
  }
  lines.push('', 'Features:', ...result.features.map((f) => `  ${f.name}: ${f.binning}`));
  lines.push(...result.excluded.map((e) => `  not used: ${e.column} (${e.reason})`));
  lines.push(...result.notes.map((n) => `Note: ${n}`));
  return lines.join('\n');
}

function sliceTable(slices: SliceFinding[]): string {
  return textTable(
    ['#', 'slice', 'rows', 'error [95% CI]', 'score', 'p (BH)', 'folded'],
    slices.map((s, i) => [
      String(i + 1),
      s.predicates.map((p) => `${p.feature} = ${p.value}`).join(' & '),
      String(s.size),
      `${num(s.error)} [${num(s.errorInterval[0])}, ${num(s.errorInterval[1])}]`,
      num(s.score),
      num(s.adjustedPValue),
      s.foldedInto === undefined ? '' : `into #${s.foldedInto + 1}`,
    ]),
    [true, false, true, true, true, true, false],
  );
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 0.001) return x.toExponential(1);
  return String(Number(x.toPrecision(3)));
}
