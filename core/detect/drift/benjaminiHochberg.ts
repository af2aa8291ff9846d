/**
 * Benjamini-Hochberg adjusted p-values (step-up, as statsmodels' multipletests 'fdr_bh'):
 * p_(i) · m / i, made monotone from the largest down, capped at 1. Order of the input is kept.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1];
    running = Math.min(running, (pValues[i] * m) / rank);
    adjusted[i] = running;
  }
  return adjusted;
}
