import type { Column } from '../../../io/logTable';
import { MIN_CATEGORY_ROWS, MIN_CATEGORY_SHARE, TOP_CATEGORIES } from './settings';

/** One column of the design before products: its values on the pooled rows and the log column it came from. */
export interface Feature {
  name: string;
  source: string;
  /** A product of two columns' features, whose importance both share. */
  sources?: [string, string];
  /** Numeric features may be squared; one-hots and missing flags are 0/1 and may not. */
  numeric: boolean;
  values: Float64Array;
}

/**
 * The base features of one log column over the pooled rows (reference rows, then current):
 * numbers and booleans as values with missing set to the pooled mean plus a missing flag when
 * any is missing; categories one-hot for their most frequent values (missing counts as a value) that are common
 * enough to learn from, so an identifier column adds nothing.
 */
export function baseFeatures(reference: Column, current: Column): Feature[] {
  if (reference.type === 'category' && current.type === 'category') return oneHot(reference.name, [...labels(reference), ...labels(current)]);
  if (reference.type === 'category' || current.type === 'category') return [];
  const values = new Float64Array(reference.values.length + current.values.length);
  values.set(reference.values);
  values.set(current.values, reference.values.length);
  return numeric(reference.name, values);
}

function numeric(name: string, values: Float64Array): Feature[] {
  let sum = 0;
  let valid = 0;
  for (const v of values) if (!Number.isNaN(v)) (sum += v), valid++;
  if (valid === 0) return [];
  const mean = sum / valid;
  const missing = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      values[i] = mean;
      missing[i] = 1;
    }
  }
  const out: Feature[] = [{ name, source: name, numeric: true, values }];
  if (valid < values.length) out.push({ name: `${name} is missing`, source: name, numeric: false, values: missing });
  return out;
}

function labels(column: Column & { type: 'category' }): (string | null)[] {
  return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
}

function oneHot(name: string, values: (string | null)[]): Feature[] {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // The least frequent kept value would be collinear with the others plus the intercept when all values are kept.
  const common = Math.max(MIN_CATEGORY_ROWS, MIN_CATEGORY_SHARE * values.length);
  const kept = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Math.min(TOP_CATEGORIES, counts.size - 1))
    .filter(([, count]) => count >= common)
    .map(([v]) => v);
  return kept.map((value) => ({
    name: `${name} = ${value ?? '(missing)'}`,
    source: name,
    numeric: false,
    values: Float64Array.from(values, (v) => (v === value ? 1 : 0)),
  }));
}
