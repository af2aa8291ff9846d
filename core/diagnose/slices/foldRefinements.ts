/** What folding needs to know of a reported slice. */
export interface Foldable {
  features: number[];
  values: number[];
  error: number;
}

/**
 * For each slice, the index of its closest ancestor in the same list (most predicates, then
 * earliest) whose error it does not change materially: |error - ancestor's error| <=
 * tolerance * ancestor's error. Undefined when there is none.
 */
export function foldRefinements(slices: readonly Foldable[], tolerance: number): Array<number | undefined> {
  return slices.map((child) => {
    let best: number | undefined;
    slices.forEach((parent, j) => {
      if (!isRefinement(parent, child)) return;
      if (Math.abs(child.error - parent.error) > tolerance * parent.error) return;
      if (best === undefined || parent.features.length > slices[best].features.length) best = j;
    });
    return best;
  });
}

/** Whether `child` adds predicates to all of `parent`'s. */
export function isRefinement(parent: Pick<Foldable, 'features' | 'values'>, child: Pick<Foldable, 'features' | 'values'>): boolean {
  return parent.features.length < child.features.length && parent.features.every((f, i) => {
    const at = child.features.indexOf(f);
    return at >= 0 && child.values[at] === parent.values[i];
  });
}
