import type { Column, LogTable } from '../../io/logTable';
import type { EncodedFeature } from './encodedFeature';
import { codeArray } from './encodedFeature';
import type { ColumnSummary } from './featureBins';
import { binNumeric } from './binNumeric';
import { booleanBins, exclusionReason } from './featureBins';
import { binCategory } from './binCategory';
import { requireColumn } from './rowErrors';

export interface FeatureChoice {
  features: EncodedFeature[];
  excluded: Array<{ column: string; reason: string }>;
}

/**
 * Encodes the named features, or every column except those that cannot describe a group of
 * rows (see `exclusionReason`). Each exclusion is returned with its reason.
 */
export function encodeFeatures(table: LogTable, rows: Int32Array, options: { features?: string[]; reserved: string[]; bins: number; maxCategories: number }): FeatureChoice {
  const excluded: Array<{ column: string; reason: string }> = [];
  const chosen: Column[] = [];
  if (options.features) {
    for (const name of options.features) chosen.push(requireColumn(table, name, 'feature'));
  } else {
    for (const column of table.columns) {
      const reason = exclusionReason(summarize(column, rows), options.reserved, rows.length);
      if (reason) excluded.push({ column: column.name, reason });
      else chosen.push(column);
    }
  }
  return { features: chosen.map((c) => encode(c, rows, options)), excluded };
}

/** Distinct values are counted for categories; for numbers only up to 2 (constancy is all the rules read). */
function summarize(column: Column, rows: Int32Array): ColumnSummary {
  let present = 0;
  if (column.type === 'category') {
    const seen = new Uint8Array(column.dictionary.length);
    let distinct = 0;
    for (let i = 0; i < rows.length; i++) {
      const c = column.codes[rows[i]];
      if (c < 0) continue;
      present++;
      if (!seen[c]) (seen[c] = 1), distinct++;
    }
    return { name: column.name, type: column.type, present, distinct };
  }
  let first = NaN;
  let distinct = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = column.values[rows[i]];
    if (Number.isNaN(v)) continue;
    present++;
    if (distinct === 0) (first = v), (distinct = 1);
    else if (distinct === 1 && !Object.is(v, first)) distinct = 2;
  }
  return { name: column.name, type: column.type, present, distinct };
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
  const { labels, binning } = booleanBins(missing);
  const codes = codeArray(rows.length, labels.length);
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    codes[i] = Number.isNaN(v) ? 2 : v;
  }
  return { name, kind: 'categorical', bins: labels, binning, codes };
}
