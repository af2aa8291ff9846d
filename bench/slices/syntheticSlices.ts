import { seededRandom } from '../../core/stats/seededRandom';

export interface CodedData {
  codes: Uint8Array[];
  cardinalities: number[];
  errors: Float64Array;
}

/**
 * Categorical features with cardinalities spread over 2..20 and 0/1 errors at 0.1, raised in a
 * two planted slices so the top-K has structure: f0 = 0 & f1 = 0 at 0.7 and f2 = 0 & f3 = 0 &
 * f4 = 0 at 0.9 (with PLANTED_CARDINALITIES: 1/18, about 5.6%, and 1/300, about 0.33% of rows).
 */
export function syntheticSlices(rows: number, cardinalities: number[], seed: number): CodedData {
  const random = seededRandom(seed);
  const codes = cardinalities.map((c) => {
    const column = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) column[i] = Math.floor(random() * c);
    return column;
  });
  const errors = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const small = codes[2][i] === 0 && codes[3][i] === 0 && codes[4][i] === 0;
    const big = codes[0][i] === 0 && codes[1][i] === 0;
    errors[i] = Number(random() < (small ? 0.9 : big ? 0.7 : 0.1));
  }
  return { codes, cardinalities, errors };
}

/** Cardinalities spread evenly over 2..20. */
export function spreadCardinalities(features: number): number[] {
  return Array.from({ length: features }, (_, f) => 2 + Math.round((f * 18) / Math.max(1, features - 1)));
}

export const PLANTED_CARDINALITIES = [3, 6, 5, 6, 10, 2, 4, 8, 12, 20];
