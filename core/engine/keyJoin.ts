import type { Column } from '../io/logTable';
import { cellValue, columnLength } from '../io/logTable';

/** For each upstream row, the downstream row with the same key (the first one), or -1. */
export interface KeyJoin {
  rows: Int32Array;
  /** Upstream rows whose key is missing, or repeats an earlier upstream row's key (joined to the same downstream row). */
  missingKeys: number;
  duplicateKeys: number;
}

/**
 * Joins two stages' rows by record key. Category keys (the usual case) are matched dictionary
 * entry by dictionary entry, so the per-row work is two typed-array lookups; other key types go
 * through their text value.
 */
export function joinByKey(upstream: Column, downstream: Column): KeyJoin {
  return upstream.type === 'category' && downstream.type === 'category' ? joinCategories(upstream.codes, upstream.dictionary, downstream.codes, downstream.dictionary) : joinValues(upstream, downstream);
}

function joinCategories(upCodes: Int32Array, upDictionary: string[], downCodes: Int32Array, downDictionary: string[]): KeyJoin {
  const firstRow = new Int32Array(downDictionary.length).fill(-1);
  for (let r = 0; r < downCodes.length; r++) if (downCodes[r] >= 0 && firstRow[downCodes[r]] < 0) firstRow[downCodes[r]] = r;
  const downCode = new Map<string, number>();
  downDictionary.forEach((value, code) => downCode.set(value, code));
  const rowOfUpCode = new Int32Array(upDictionary.length);
  upDictionary.forEach((value, code) => {
    const down = downCode.get(value);
    rowOfUpCode[code] = down === undefined ? -1 : firstRow[down];
  });
  const rows = new Int32Array(upCodes.length);
  const seen = new Uint8Array(upDictionary.length);
  let missingKeys = 0;
  let duplicateKeys = 0;
  for (let r = 0; r < upCodes.length; r++) {
    const code = upCodes[r];
    if (code < 0) {
      missingKeys++;
      rows[r] = -1;
      continue;
    }
    if (seen[code]) duplicateKeys++;
    seen[code] = 1;
    rows[r] = rowOfUpCode[code];
  }
  return { rows, missingKeys, duplicateKeys };
}

function joinValues(upstream: Column, downstream: Column): KeyJoin {
  const downRow = new Map<string, number>();
  for (let r = 0; r < columnLength(downstream); r++) {
    const value = cellValue(downstream, r);
    if (value !== null && !downRow.has(String(value))) downRow.set(String(value), r);
  }
  const rows = new Int32Array(columnLength(upstream));
  const seen = new Set<string>();
  let missingKeys = 0;
  let duplicateKeys = 0;
  for (let r = 0; r < rows.length; r++) {
    const value = cellValue(upstream, r);
    if (value === null) {
      missingKeys++;
      rows[r] = -1;
      continue;
    }
    const text = String(value);
    if (seen.has(text)) duplicateKeys++;
    seen.add(text);
    rows[r] = downRow.get(text) ?? -1;
  }
  return { rows, missingKeys, duplicateKeys };
}
