import type { LogColumnInfo, LogFileSummary, LogPage, LogPageColumn } from '../protocol';
import type { Column, LogTable } from '../io/logTable';
import type { ReadOptions } from '../io/readOptions';
import { readLogFile } from '../io/readLogFile';
import { profileColumn } from '../engine/profileColumn';
import { histogramOf } from '../engine/histogram';
import { niceEdges } from '../stats/niceEdges';

const TOP_VALUES = 12;
const HISTOGRAM_BINS = 20;

/**
 * One log file opened for viewing: read once, then summarized and paged. Pages are copied out
 * of the typed columns, so only the rows on screen cross to the webview.
 */
export class LogFileView {
  private summaryMemo?: LogFileSummary;

  private constructor(
    readonly file: string,
    private readonly table: LogTable,
  ) {}

  static async open(file: string, options: ReadOptions = {}): Promise<LogFileView> {
    return new LogFileView(file, await readLogFile(file, options));
  }

  get rowCount(): number {
    return this.table.rowCount;
  }

  /** Computed once per read: a webview asks again every time it is shown. */
  summary(): LogFileSummary {
    return (this.summaryMemo ??= this.computeSummary());
  }

  private computeSummary(): LogFileSummary {
    const report = this.table.reports[0];
    return {
      file: this.file,
      format: report?.format ?? 'unknown',
      rowCount: this.table.rowCount,
      skippedRows: report?.skippedRows ?? 0,
      columns: this.table.columns.map(columnInfo),
      diagnostics: (report?.diagnostics ?? []).map((d) => ({ severity: d.severity, message: d.message, line: d.line, column: d.column })),
    };
  }

  page(offset: number, limit: number): LogPage {
    const start = Math.max(0, Math.min(offset, this.table.rowCount));
    const end = Math.min(this.table.rowCount, start + Math.max(0, limit));
    return { file: this.file, offset: start, rowCount: end - start, columns: this.table.columns.map((c) => pageColumn(c, start, end)) };
  }
}

function columnInfo(column: Column): LogColumnInfo {
  const profile = profileColumn(column);
  const info: LogColumnInfo = {
    name: column.name,
    type: column.type,
    nullRate: profile.count ? profile.nullCount / profile.count : 0,
    distinct: profile.distinct,
    min: profile.min,
    max: profile.max,
  };
  if (column.type === 'category') info.histogram = topValues(column);
  else if (profile.min !== undefined && profile.max !== undefined && column.type !== 'boolean') {
    const edges = niceEdges(profile.min, profile.max, HISTOGRAM_BINS);
    info.histogram = { edges, counts: histogramOf(column.values, edges).counts };
  } else if (column.type === 'boolean') {
    const h = histogramOf(column.values, [0, 0.5, 1]);
    info.histogram = { values: ['false', 'true'], counts: h.counts };
  }
  return info;
}

function topValues(column: Extract<Column, { type: 'category' }>): { values: string[]; counts: number[] } {
  const counts = new Float64Array(column.dictionary.length);
  for (let i = 0; i < column.codes.length; i++) if (column.codes[i] >= 0) counts[column.codes[i]]++;
  const order = Array.from(counts.keys()).sort((a, b) => counts[b] - counts[a]);
  const top = order.slice(0, TOP_VALUES);
  const rest = order.slice(TOP_VALUES).reduce((sum, code) => sum + counts[code], 0);
  return {
    values: [...top.map((code) => column.dictionary[code]), ...(rest ? [`(${order.length - TOP_VALUES} others)`] : [])],
    counts: [...top.map((code) => counts[code]), ...(rest ? [rest] : [])],
  };
}

function pageColumn(column: Column, start: number, end: number): LogPageColumn {
  if (column.type !== 'category') return { name: column.name, type: column.type, values: column.values.slice(start, end) };
  // A page-local dictionary: only the values on this page travel.
  const local = new Map<number, number>();
  const dictionary: string[] = [];
  const codes = new Int32Array(end - start);
  for (let i = start; i < end; i++) {
    const code = column.codes[i];
    if (code < 0) {
      codes[i - start] = -1;
      continue;
    }
    let mapped = local.get(code);
    if (mapped === undefined) {
      mapped = dictionary.length;
      dictionary.push(column.dictionary[code]);
      local.set(code, mapped);
    }
    codes[i - start] = mapped;
  }
  return { name: column.name, type: 'category', codes, dictionary };
}
