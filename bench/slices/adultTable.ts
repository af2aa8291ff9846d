import { existsSync, readFileSync } from 'node:fs';
import type { Column, LogTable } from '../../core/io/logTable';

const NAMES = ['age', 'workclass', 'fnlwgt', 'education', 'education_num', 'marital_status', 'occupation', 'relationship', 'race', 'sex', 'capital_gain', 'capital_loss', 'hours_per_week', 'native_country', 'income'];
const NUMERIC = new Set(['age', 'fnlwgt', 'education_num', 'capital_gain', 'capital_loss', 'hours_per_week']);

/**
 * UCI Adult as a LogTable plus a per-row 0/1 error of a simple rule (stated in the output):
 * predict ">50K" when married-civ-spouse and (education_num >= 13 or capital_gain > 5000).
 * "?" is missing. Null when the file is absent.
 */
export function adultTable(path: string): { table: LogTable; rule: string } | null {
  if (!existsSync(path)) return null;
  const rows = readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0).map((l) => l.split(/,\s*/));
  const columns: Column[] = NAMES.map((name, j) => (NUMERIC.has(name) ? numberColumn(name, rows.map((r) => r[j])) : categoryColumn(name, rows.map((r) => r[j]))));
  const error = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    const predictHigh = r[5] === 'Married-civ-spouse' && (Number(r[4]) >= 13 || Number(r[10]) > 5000);
    error[i] = Number(predictHigh !== (r[14] === '>50K'));
  });
  columns.push({ type: 'number', name: 'error', values: error });
  return {
    table: { rowCount: rows.length, columns: columns.filter((c) => c.name !== 'income'), reports: [] },
    rule: 'predict >50K when married-civ-spouse and (education_num >= 13 or capital_gain > 5000)',
  };
}

function numberColumn(name: string, texts: string[]): Column {
  return { type: 'number', name, values: Float64Array.from(texts, (t) => (t === '?' ? NaN : Number(t))) };
}

function categoryColumn(name: string, texts: string[]): Column {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(texts, (t) => {
    if (t === '?' || t === undefined) return -1;
    let c = index.get(t);
    if (c === undefined) index.set(t, (c = dictionary.push(t) - 1));
    return c;
  });
  return { type: 'category', name, codes, dictionary };
}
