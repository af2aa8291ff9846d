import type { Column } from '../io/logTable';
import type { BinSpec, WindowBinCounts } from './engine';
import type { Windowing } from './windowSummaries';
import { binOf } from './histogram';

/**
 * Per window and slice, the rows of `column` in each bin. Edge bins are preceded by "below the
 * first edge" and followed by "above the last" so a shift out of the reference range is counted;
 * category bins end with "any other value". Missing values are in no bin, and rows whose slice
 * value is not among `sliceValues` in no slice.
 */
export function windowBinCounts(windowing: Windowing, column: Column, bins: BinSpec, slice?: { column: Column; values: string[] }): WindowBinCounts {
  const binAt = binIndexer(column, bins);
  const binCount = bins.kind === 'edges' ? bins.edges.length + 1 : bins.values.length + 1;
  const sliceAt = slice ? sliceIndexer(slice.column, slice.values) : () => 0;
  const slices = slice ? slice.values : ['*'];
  const { starts, offsets, order } = windowing;
  const counts = new Float64Array(starts.length * slices.length * binCount);
  for (let w = 0; w < starts.length; w++) {
    for (let r = offsets[w]; r < offsets[w + 1]; r++) {
      const row = order[r];
      const b = binAt(row);
      const s = sliceAt(row);
      if (b >= 0 && s >= 0) counts[(w * slices.length + s) * binCount + b]++;
    }
  }
  return { starts, slices, bins: binCount, counts };
}

function binIndexer(column: Column, bins: BinSpec): (row: number) => number {
  if (bins.kind === 'edges') {
    if (column.type === 'category') throw new TypeError(`column "${column.name}" holds categories; it needs category bins`);
    const { edges } = bins;
    const values = column.values;
    const last = edges[edges.length - 1];
    return (row) => {
      const v = values[row];
      if (Number.isNaN(v)) return -1;
      if (v < edges[0]) return 0;
      if (v > last) return edges.length;
      return v === last ? edges.length - 1 : binOf(edges, v) + 1;
    };
  }
  const labelOf = categoryLabels(column);
  const index = new Map(bins.values.map((v, i) => [v, i]));
  const other = bins.values.length;
  return (row) => {
    const label = labelOf(row);
    return label === null ? -1 : (index.get(label) ?? other);
  };
}

function sliceIndexer(column: Column, values: string[]): (row: number) => number {
  const labelOf = categoryLabels(column);
  const index = new Map(values.map((v, i) => [v, i]));
  return (row) => {
    const label = labelOf(row);
    return label === null ? -1 : (index.get(label) ?? -1);
  };
}

/** A row's value as a category label: dictionary text, or the number's text as a group-by key reads (booleans 0 / 1). */
export function categoryLabels(column: Column): (row: number) => string | null {
  if (column.type === 'category') {
    const { codes, dictionary } = column;
    return (row) => (codes[row] < 0 ? null : dictionary[codes[row]]);
  }
  const values = column.values;
  return (row) => (Number.isNaN(values[row]) ? null : String(values[row]));
}
