/**
 * Exact p-value of the two-sample Cramér-von Mises statistic U (Anderson 1962, eq. 10) for
 * sizes m and n, by the frequency tables g_{u,v} of Xiao, Gordon & Yakovlev (J. Stat. Soft.
 * 17(8), 2006), as scipy's _pval_cvm_2samp_exact. Feasible for small samples only (scipy uses
 * it when both sizes are <= 20).
 */
export function cramerVonMisesExactSf(u: number, m: number, n: number): number {
  const l = lcm(m, n);
  const a = l / m;
  const b = l / n;
  const mn = m * n;
  const zeta = Math.floor((l * l * (m + n) * (6 * u - mn * (4 * mn - 1))) / (6 * mn * mn));
  let gs: Map<number, number>[] = [new Map([[0, 1]])];
  for (let v = 0; v < m; v++) gs.push(new Map());
  for (let uu = 0; uu <= n; uu++) {
    const next: Map<number, number>[] = [];
    let tmp = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const merged = new Map(tmp);
      for (const [value, freq] of gs[v]) merged.set(value, (merged.get(value) ?? 0) + freq);
      const shift = (a * v - b * uu) ** 2;
      tmp = new Map();
      for (const [value, freq] of merged) tmp.set(value + shift, freq);
      next.push(tmp);
    }
    gs = next;
  }
  let hits = 0;
  let all = 0;
  for (const [value, freq] of gs[m]) {
    all += freq;
    if (value >= zeta) hits += freq;
  }
  return hits / all;
}

function lcm(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return (a / x) * b;
}
