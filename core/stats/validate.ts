/** Throws a RangeError naming the argument when a sorted sample is empty, unsorted or has NaN. */
export function assertSortedSample(values: Float64Array, name: string): void {
  if (values.length === 0) throw new RangeError(`${name} is empty: a two-sample statistic needs values on both sides`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) throw new RangeError(`${name}[${i}] is NaN: drop missing values before testing`);
    if (i > 0 && v < values[i - 1]) throw new RangeError(`${name} must be sorted ascending (engine.sortedValues)`);
  }
}

/** Throws when count vectors differ in length or hold negative or non-finite counts. */
export function assertCounts(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new RangeError(`count vectors differ in length (${a.length} vs ${b.length}): bin both on the same edges`);
  if (a.length === 0) throw new RangeError('count vectors are empty');
  for (const v of [...Array.from(a), ...Array.from(b)]) {
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`counts must be finite and >= 0, got ${v}`);
  }
}
