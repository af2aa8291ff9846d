/**
 * Walks two ascending samples as one pooled sorted sample, one call per distinct value with
 * how many of each sample equal it and how many of each lie strictly below. O(n1 + n2): this
 * is what the rank-based statistics (Anderson-Darling, Cramér-von Mises) need.
 */
export interface TieGroup {
  value: number;
  /** Count equal to `value` in the first and second sample. */
  count1: number;
  count2: number;
  /** Count strictly below `value` in the first and second sample. */
  below1: number;
  below2: number;
}

export function forEachTieGroup(a: Float64Array, b: Float64Array, visit: (group: TieGroup) => void): void {
  let i = 0;
  let j = 0;
  const group: TieGroup = { value: 0, count1: 0, count2: 0, below1: 0, below2: 0 };
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    group.value = v;
    group.below1 = i;
    group.below2 = j;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    group.count1 = i - group.below1;
    group.count2 = j - group.below2;
    visit(group);
  }
}
