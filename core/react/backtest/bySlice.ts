import type { WhatIfMetric, WhatIfSliceRow } from '../../protocol/whatif';
import type { CompareOptions, Comparison } from './compare';
import type { ComparedRecords } from './compared';
import { compareMetrics } from './compare';

/** A slice column's value per row of the records `compared.rows` points into (null when missing). */
export interface SliceGroup {
  column: string;
  values: readonly (string | null)[];
}

/** Values of one column shown per column: the ones with the most compared records. */
export const BY_SLICE_TOP = 12;

/**
 * The primary metric before, after and after − before (paired bootstrap) on the compared
 * records of each value of each column; the `BY_SLICE_TOP` largest values per column.
 */
export function bySliceOf(compared: ComparedRecords, groups: readonly SliceGroup[], primary: WhatIfMetric, options: CompareOptions): WhatIfSliceRow[] {
  const out: WhatIfSliceRow[] = [];
  for (const group of groups) {
    for (const [value, members] of largestValues(compared, group)) {
      const c = compareOn(subset(compared, members), primary, options);
      out.push({ column: group.column, value, labeled: members.length, before: c.before, after: c.after, difference: c.difference });
    }
  }
  return out;
}

function largestValues(compared: ComparedRecords, group: SliceGroup): Array<[string, number[]]> {
  const members = new Map<string, number[]>();
  compared.rows.forEach((row, k) => {
    const value = group.values[row] ?? '(missing)';
    const list = members.get(value);
    if (list) list.push(k);
    else members.set(value, [k]);
  });
  return [...members].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, BY_SLICE_TOP);
}

function subset(compared: ComparedRecords, members: number[]): ComparedRecords {
  const take = (values: Float64Array) => Float64Array.from(members, (k) => values[k]);
  const side = (s: ComparedRecords['before']) => ({ scores: take(s.scores), decisions: take(s.decisions) });
  const kept = compared.kept;
  return {
    labels: take(compared.labels),
    before: side(compared.before),
    after: side(compared.after),
    rows: Int32Array.from(members, (k) => compared.rows[k]),
    ...(kept ? { kept: Uint8Array.from(members, (k) => kept[k]) } : {}),
  };
}

function compareOn(compared: ComparedRecords, primary: WhatIfMetric, options: CompareOptions): Comparison {
  return compareMetrics([primary], compared, options)[0][1];
}
