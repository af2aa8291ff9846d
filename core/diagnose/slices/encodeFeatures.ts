import type { Column, LogTable } from '../../io/logTable';
import type { EncodedFeature } from './encodedFeature';
import { codeArray } from './encodedFeature';
import { binNumeric, MISSING_LABEL } from './binNumeric';
import { binCategory } from './binCategory';
import { requireColumn } from './rowErrors';

export interface FeatureChoice {
  features: EncodedFeature[];
  excluded: Array<{ column: string; reason: string }>;
}

const ID_NAME = /(^id$)|(_id$)|(^key$)|(uuid)/i;

/**
 * Encodes the named features, or every column except those that cannot describe a group of
 * rows: the error's own columns, times, identifiers (by name, or categories unique on almost
 * every row) and constants. Each exclusion is returned with its reason.
 */
export function encodeFeatures(table: LogTable, rows: Int32Array, options: { features?: string[]; reserved: string[]; bins: number; maxCategories: number }): FeatureChoice {
  const excluded: Array<{ column: string; reason: string }> = [];
  const chosen: Column[] = [];
  if (options.features) {
    for (const name of options.features) chosen.push(requireColumn(table, name, 'feature'));
  } else {
    for (const column of table.columns) {
      const reason = exclusionReason(column, options.reserved, rows);
      if (reason) excluded.push({ column: column.name, reason });
      else chosen.push(column);
    }
  }
  return { features: chosen.map((c) => encode(c, rows, options)), excluded };
}

function exclusionReason(column: Column, reserved: string[], rows: Int32Array): string | null {
  if (reserved.includes(column.name)) return 'used to compute the error';
  if (column.type === 'time') return 'a time column (slices describe rows, not moments)';
  if (ID_NAME.test(column.name)) return 'an identifier by its name';
  if (column.type === 'category' && column.dictionary.length > 0.5 * rows.length && rows.length > 50) return 'an identifier: distinct on most rows';
  if (isConstant(column, rows)) return 'constant: one value on every row';
  return null;
}

function isConstant(column: Column, rows: Int32Array): boolean {
  if (rows.length === 0) return true;
  const key = (r: number) => (column.type === 'category' ? column.codes[r] : column.values[r]);
  const first = key(rows[0]);
  for (let i = 1; i < rows.length; i++) if (!Object.is(key(rows[i]), first)) return false;
  return true;
}

function encode(column: Column, rows: Int32Array, options: { bins: number; maxCategories: number }): EncodedFeature {
  switch (column.type) {
    case 'category':
      return binCategory(column.name, column.codes, column.dictionary, rows, options.maxCategories);
    case 'boolean':
      return encodeBoolean(column.name, column.values, rows);
    default:
      return binNumeric(column.name, column.values, rows, options.bins);
  }
}

function encodeBoolean(name: string, values: Float64Array, rows: Int32Array): EncodedFeature {
  let missing = false;
  for (let i = 0; i < rows.length && !missing; i++) missing = Number.isNaN(values[rows[i]]);
  const bins = missing ? ['false', 'true', MISSING_LABEL] : ['false', 'true'];
  const codes = codeArray(rows.length, bins.length);
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    codes[i] = Number.isNaN(v) ? 2 : v;
  }
  return { name, kind: 'categorical', bins, binning: missing ? 'true / false, missing as "(missing)"' : 'true / false', codes };
}
