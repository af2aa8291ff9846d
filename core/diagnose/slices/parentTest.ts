import type { EvaluatedSlices, SliceSums } from './evaluatedSlices';
import type { SliceStats } from './sliceStats';
import type { Totals } from './sliceSignificance';
import { complementPValue } from './sliceSignificance';

/**
 * The largest p-value of the slice against each parent's other rows (the parent is the slice
 * without one of its predicates). Small enough means the slice is worse than every broader
 * slice it refines, not a handful of rows that happen to sit inside a bad parent: with 150k
 * slices evaluated, a 30-row slice of a parent at 80% error is all errors by chance more than
 * once. Level-1 slices have only the whole data as parent, which the complement test covers: 0.
 * A parent missing from the family (a search evaluates every parent of what it evaluates, so
 * only by misuse) counts as no evidence: 1.
 */
export function parentPValue(slice: SliceStats, family: EvaluatedSlices, binary: boolean): number {
  if (slice.features.length < 2) return 0;
  let worst = 0;
  const sums: SliceSums = { size: 0, errorSum: 0, errorSquares: 0 };
  for (let drop = 0; drop < slice.features.length; drop++) {
    const key = family.sliceKeys.of(
      slice.features.filter((_, i) => i !== drop),
      slice.values.filter((_, i) => i !== drop),
    );
    const at = family.indexOf(key, slice.features.length - 1);
    if (at < 0) return 1;
    const parent = family.sumsOf(at, sums);
    const totals: Totals = { rows: parent.size, errorSum: parent.errorSum, errorSquares: parent.errorSquares, binary };
    worst = Math.max(worst, complementPValue(slice, totals));
  }
  return worst;
}
