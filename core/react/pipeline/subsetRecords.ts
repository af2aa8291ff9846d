import type { WhatIfRecords } from './whatIfRecords';
import { takeRowsOrMissing } from '../../diagnose/slices/keyedRows';

/** The records whose mask is 1, every column cut alike. */
export function subsetRecords(records: WhatIfRecords, mask: Uint8Array): WhatIfRecords {
  const rows: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) rows.push(i);
  const index = Int32Array.from(rows);
  const pick = (values: Float64Array) => Float64Array.from(index, (i) => values[i]);
  return {
    ...records,
    times: pick(records.times),
    scores: pick(records.scores),
    decisions: pick(records.decisions),
    labels: pick(records.labels),
    versions: rows.map((i) => records.versions[i]),
    shadowScores: records.shadowScores && pick(records.shadowScores),
    slices: { rowCount: rows.length, columns: records.slices.columns.map((c) => takeRowsOrMissing(c, index)), reports: [] },
  };
}
