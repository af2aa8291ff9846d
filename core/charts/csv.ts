import type { Datum, FigureSpec, Trace } from './figure';

/**
 * A figure's data in long form, one row per point: what "Copy data" puts on the clipboard,
 * so the numbers behind any chart can go to a spreadsheet without knowing the chart.
 */
export function figureCsv(figure: FigureSpec): string {
  const heatmaps = figure.data.every((t) => t.type === 'heatmap');
  const header = heatmaps ? ['y', 'x', 'value'] : ['series', 'x', 'y'];
  const rows = figure.data.flatMap(traceRows);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** A table of text cells as CSV, header first (what a table's Copy CSV puts on the clipboard). */
export function tableCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

function traceRows(trace: Trace): Datum[][] {
  if (trace.type === 'heatmap') {
    return trace.y.flatMap((y, i) => trace.x.map((x, j) => [y, x, trace.z[i]?.[j] ?? null]));
  }
  if (trace.type === 'scatter' && trace.meta === 'csv-text') return trace.x.map((x, i) => [trace.name, x, trace.text?.[i]?.replace(/<br>/g, '; ') ?? null]);
  return trace.x.map((x, i) => [trace.name, x, trace.y[i] ?? null]);
}

function csvCell(value: Datum): string {
  if (value === null) return '';
  const text = String(value);
  // Quote what would split the cell, and neutralize leading formula characters for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
