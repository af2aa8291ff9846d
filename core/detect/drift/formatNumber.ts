/** p-values: two significant digits, scientific below 0.001 ("p = 2.1e-7"). */
export function formatP(p: number): string {
  if (p === 0) return '0';
  if (p < 0.001) return p.toExponential(1).replace('e-', 'e-');
  return String(Number(p.toPrecision(2)));
}

/** Effect sizes and distances: two decimals, three below 0.1 so 0.02 and 0.025 stay apart. */
export function formatEffect(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toFixed(Math.abs(x) < 0.1 ? 3 : 2)));
}
