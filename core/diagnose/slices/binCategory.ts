import type { EncodedFeature } from './encodedFeature';
import { codeArray } from './encodedFeature';
import { MISSING_LABEL } from './binNumeric';

export const OTHER_LABEL = '(other)';

/**
 * Keeps the `maxCategories` most frequent values (ties by dictionary order); the rest become
 * "(other)" and missing values "(missing)", so a slice never hides in a long tail of one-row values.
 */
export function binCategory(name: string, codesIn: Int32Array, dictionary: string[], rows: Int32Array, maxCategories: number): EncodedFeature {
  const counts = new Float64Array(dictionary.length);
  let missing = 0;
  for (let i = 0; i < rows.length; i++) {
    const c = codesIn[rows[i]];
    if (c < 0) missing++;
    else counts[c]++;
  }
  const seen = [...counts.keys()].filter((c) => counts[c] > 0);
  const kept = seen.sort((a, b) => counts[b] - counts[a] || a - b).slice(0, maxCategories);
  const hasOther = seen.length > kept.length;
  const labels = kept.map((c) => dictionary[c]);
  const otherCode = hasOther ? labels.push(OTHER_LABEL) - 1 : -1;
  const missingCode = missing > 0 ? labels.push(MISSING_LABEL) - 1 : -1;
  const map = new Int32Array(dictionary.length).fill(otherCode);
  kept.forEach((c, i) => (map[c] = i));
  const codes = codeArray(rows.length, labels.length);
  for (let i = 0; i < rows.length; i++) {
    const c = codesIn[rows[i]];
    codes[i] = c < 0 ? missingCode : map[c];
  }
  const binning = hasOther
    ? `the ${kept.length} most frequent of ${seen.length} values, the rest as "${OTHER_LABEL}"`
    : `${seen.length} value${seen.length === 1 ? '' : 's'}`;
  return { name, kind: 'categorical', bins: labels, binning: missing > 0 ? `${binning}, missing as "${MISSING_LABEL}"` : binning, codes };
}
