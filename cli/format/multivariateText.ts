import type { MultivariateDrift } from '../../core/protocol';

/** The domain-classifier test in a few lines: verdict, AUC with interval, p-value, where to look. */
export function multivariateText(mv: MultivariateDrift): string[] {
  const [lo, hi] = mv.aucInterval;
  const top = mv.topFeatures.map((f) => `${f.column} ${(100 * f.importance).toFixed(0)}%`).join(', ');
  return [
    `Multivariate (domain classifier): ${mv.drifted ? 'DRIFT' : 'ok'}`,
    `  AUC ${fixed(mv.auc)} [${fixed(lo)}, ${fixed(hi)}], permutation p = ${pValue(mv.pValue, mv.permutations)}, minimum AUC ${mv.minAuc}`,
    `  ${mv.reason}`,
    ...(top ? [`  weight by column: ${top}`] : []),
    `  rows used: reference ${mv.rowsUsed.reference}, current ${mv.rowsUsed.current}; ${mv.note}`,
  ];
}

function fixed(x: number): string {
  return x.toFixed(3);
}

/** A permutation p-value cannot go below 1 / (1 + B): say "<=" there rather than print a false precision. */
function pValue(p: number, permutations: number): string {
  const floor = 1 / (1 + permutations);
  return p <= floor + 1e-12 ? `<= ${Number(floor.toPrecision(2))}` : String(Number(p.toPrecision(2)));
}
