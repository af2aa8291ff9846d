import type { EncodedFeature } from './encodedFeature';
import type { ValueCount } from '../../engine/engine';
import { codeArray } from './encodedFeature';
import { categoryBins } from './featureBins';
import { byCountThenValue } from '../../engine/columnCounts';

export { OTHER_LABEL } from './featureBins';

/** The rows' categories in the bins of `categoryBins`: the most frequent values, "(other)" and "(missing)". */
export function binCategory(name: string, codesIn: Int32Array, dictionary: string[], rows: Int32Array, maxCategories: number): EncodedFeature {
  const counts = new Float64Array(dictionary.length);
  let missing = 0;
  for (let i = 0; i < rows.length; i++) {
    const c = codesIn[rows[i]];
    if (c < 0) missing++;
    else counts[c]++;
  }
  const valueCounts: ValueCount[] = [];
  counts.forEach((count, c) => count > 0 && valueCounts.push({ value: dictionary[c], count }));
  const binned = categoryBins(valueCounts.sort(byCountThenValue), missing, maxCategories);
  const binOfValue = new Map(binned.values.map((value, i) => [value, i]));
  const map = Int32Array.from(dictionary, (value) => binOfValue.get(value) ?? binned.other ?? -1);
  const codes = codeArray(rows.length, binned.labels.length);
  for (let i = 0; i < rows.length; i++) {
    const c = codesIn[rows[i]];
    codes[i] = c < 0 ? (binned.missing ?? -1) : map[c];
  }
  return { name, kind: 'categorical', bins: binned.labels, binning: binned.binning, codes };
}
