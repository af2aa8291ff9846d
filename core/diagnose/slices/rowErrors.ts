import type { Column, LogTable } from '../../io/logTable';
import { findColumn } from '../../io/logTable';
import { SightlineInputError } from '../../io/errors';

/** Where the per-row error comes from: a column of losses, or a label and a prediction. */
export type ErrorSpec = { error: string } | { label: string; prediction: string };

export interface RowErrors {
  /** Row indices of the table that have an error (others are left out). */
  rows: Int32Array;
  /** Error of each kept row, aligned with `rows`; never negative. */
  values: Float64Array;
  kind: 'binary' | 'continuous';
  description: string;
  /** Columns used to make the error: never features. */
  usedColumns: string[];
}

export function rowErrors(table: LogTable, spec: ErrorSpec): RowErrors {
  if ('error' in spec) return fromErrorColumn(table, spec.error);
  return fromLabelPrediction(table, spec.label, spec.prediction);
}

export function requireColumn(table: LogTable, name: string, role: string): Column {
  const column = findColumn(table, name);
  if (column) return column;
  throw new SightlineInputError('slices.unknown-column', `there is no ${role} column "${name}"`, {
    column: name,
    hint: `Available columns: ${table.columns.map((c) => c.name).join(', ')}.`,
  });
}

function fromErrorColumn(table: LogTable, name: string): RowErrors {
  const column = requireColumn(table, name, 'error');
  if (column.type !== 'number' && column.type !== 'boolean') {
    throw new SightlineInputError('slices.error-not-numeric', `the error column "${name}" holds ${column.type} values, not numbers`, {
      column: name,
      hint: 'Pass a 0/1 or non-negative loss column, or use --label L --prediction P.',
    });
  }
  const values = column.values;
  let negative = -1;
  for (let i = 0; i < values.length && negative < 0; i++) if (values[i] < 0) negative = i;
  if (negative >= 0) {
    throw new SightlineInputError('slices.negative-error', `the error column "${name}" has a negative value (${values[negative]} in row ${negative + 1})`, {
      column: name,
      hint: 'Slice scores compare mean errors as ratios, so the error must be a non-negative loss.',
    });
  }
  return collect(table.rowCount, (i) => values[i], `column "${name}"`, [name]);
}

function fromLabelPrediction(table: LogTable, labelName: string, predictionName: string): RowErrors {
  const label = requireColumn(table, labelName, 'label');
  const prediction = requireColumn(table, predictionName, 'prediction');
  if (label.type === 'category' || prediction.type === 'category') {
    if (label.type !== 'category' || prediction.type !== 'category') {
      throw new SightlineInputError('slices.label-type', `the label "${labelName}" (${label.type}) and prediction "${predictionName}" (${prediction.type}) cannot be compared`, {
        column: label.type === 'category' ? predictionName : labelName,
        hint: 'Both must be categories (compared as text) or both numbers (0/1 mismatch, else absolute error).',
      });
    }
    const l = label;
    const p = prediction;
    const at = (i: number) => (l.codes[i] < 0 || p.codes[i] < 0 ? NaN : l.dictionary[l.codes[i]] === p.dictionary[p.codes[i]] ? 0 : 1);
    return collect(table.rowCount, at, `mismatch of "${labelName}" and "${predictionName}" (as text)`, [labelName, predictionName]);
  }
  const lv = label.values;
  const pv = prediction.values;
  if (isZeroOne(lv) && isZeroOne(pv)) {
    const at = (i: number) => (Number.isNaN(lv[i]) || Number.isNaN(pv[i]) ? NaN : lv[i] === pv[i] ? 0 : 1);
    return collect(table.rowCount, at, `mismatch of 0/1 "${labelName}" and "${predictionName}"`, [labelName, predictionName]);
  }
  const at = (i: number) => Math.abs(lv[i] - pv[i]);
  return collect(table.rowCount, at, `absolute error |${labelName} - ${predictionName}| (not both 0/1)`, [labelName, predictionName]);
}

function isZeroOne(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== 0 && v !== 1 && !Number.isNaN(v)) return false;
  }
  return true;
}

function collect(n: number, at: (row: number) => number, description: string, usedColumns: string[]): RowErrors {
  const rows = new Int32Array(n);
  const values = new Float64Array(n);
  let m = 0;
  let binary = true;
  for (let i = 0; i < n; i++) {
    const e = at(i);
    if (!Number.isFinite(e)) continue;
    if (e !== 0 && e !== 1) binary = false;
    rows[m] = i;
    values[m++] = e;
  }
  return { rows: rows.slice(0, m), values: values.slice(0, m), kind: binary ? 'binary' : 'continuous', description, usedColumns };
}
