import type { LogTable } from '../../../core/io/logTable';
import { seededRandom } from '../../../core/stats/seededRandom';

/** Random categorical data with per-row errors; features named f0, f1, ... */
export function randomCodes(n: number, cardinalities: number[], seed: number): Uint8Array[] {
  const random = seededRandom(seed);
  return cardinalities.map((c) => Uint8Array.from({ length: n }, () => Math.floor(random() * c)));
}

export function categoryTable(codes: Uint8Array[], extra: Record<string, Float64Array> = {}): LogTable {
  const n = codes[0].length;
  const columns: LogTable['columns'] = codes.map((c, f) => {
    const card = Math.max(...c) + 1;
    return { type: 'category' as const, name: `f${f}`, codes: Int32Array.from(c), dictionary: Array.from({ length: card }, (_, v) => `v${v}`) };
  });
  for (const [name, values] of Object.entries(extra)) columns.push({ type: 'number', name, values });
  return { rowCount: n, columns, reports: [] };
}

/**
 * Planted slices on 12,000 rows: f0=v0 & f1=v0 (1/18, about 5.6%) at error 0.70, and
 * f2=v0 & f3=v0 & f4=v0 (1/300, about 0.33%) at 0.90, against 0.10 elsewhere.
 */
export function plantedTable(seed: number): LogTable {
  const n = 12_000;
  const codes = randomCodes(n, [3, 6, 5, 6, 10, 4], seed);
  const random = seededRandom(seed + 1);
  const error = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const big = codes[0][i] === 0 && codes[1][i] === 0;
    const small = codes[2][i] === 0 && codes[3][i] === 0 && codes[4][i] === 0;
    const rate = small ? 0.9 : big ? 0.7 : 0.1;
    error[i] = random() < rate ? 1 : 0;
  }
  return categoryTable(codes, { error });
}
