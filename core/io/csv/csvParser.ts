import { SightlineInputError } from '../errors';
import { createColumnBuilder } from '../columnBuilder';
import type { ColumnBuilder } from '../columnBuilder';
import { inferColumnType } from '../inferType';
import type { InferredType } from '../inferType';
import type { LogTable } from '../logTable';
import type { ReadOptions } from '../readOptions';
import { headerNames } from './headerNames';
import { IssueTally } from '../text/issueTally';
import type { ChunkResult, ChunkSink } from '../text/readChunks';
import {
  FIELD_NEEDS_UNQUOTE, FIELD_PLAIN, FieldBatch, ROW_INCOMPLETE, ROW_UNTERMINATED, tokenizeRow,
} from './tokenizeRow';
import { unquoteField } from './unquoteField';
import { isUtf8Range, wholeLinesAreUtf8 } from '../text/utf8Lines';

/**
 * Rows handed to the builders at a time: few enough that their bytes and field ranges stay in
 * the CPU cache while each column's builder walks them (a whole 4 MB chunk did not, and cost
 * a quarter of the load time).
 */
const BATCH_ROWS = 256;

/** Header rows wider than this are cut; nobody logs 64k columns to CSV. */
const MAX_COLUMNS = 1 << 16;

/**
 * Turns CSV bytes into typed columns in three phases: the header row, a sample of the first
 * rows kept as text for type inference, then every later row parsed from bytes by the column
 * builders. Bad rows are skipped and tallied; `finish` throws when nothing usable is left.
 */
export class CsvParser implements ChunkSink {
  stopped = false;
  private line = 1;
  private batch = new FieldBatch(MAX_COLUMNS, 1);
  private names: string[] | null = null;
  private headerLine = 1;
  private sample: string[][] = [];
  private sampleLines: number[] = [];
  private sampleBytes = 0;
  private builders: ColumnBuilder[] | null = null;
  private rows = 0;
  private skipped = 0;
  private unterminatedLine = 0;
  private totalBytes = 0;
  private readonly tally: IssueTally;

  constructor(
    private readonly file: string,
    private readonly options: ReadOptions,
    private readonly sampleRows: number,
  ) {
    this.tally = new IssueTally(file, 'csv');
  }

  begin(totalBytes: number): void {
    this.totalBytes = totalBytes;
  }

  feed(buf: Buffer, end: number, eof: boolean): number {
    const checkEachRow = !wholeLinesAreUtf8(buf, end, eof);
    let pos = 0;
    while (pos < end) {
      const batch = this.batch; // replaced once the header row fixes the column count
      batch.reserveRow();
      const status = tokenizeRow(buf, pos, end, eof, batch);
      if (status === ROW_INCOMPLETE) break;
      if (status === ROW_UNTERMINATED) {
        this.unterminated(this.line + batch.newlinesBeforeOpenQuote);
        pos = end;
        break;
      }
      const line = this.line;
      this.line += batch.newlines;
      if (checkEachRow && !isUtf8Range(buf, pos, batch.next)) this.skipInvalidUtf8(line);
      else this.record(buf, line, batch.next - pos);
      pos = batch.next;
      if (batch.rows === BATCH_ROWS) this.flush(buf);
    }
    // The kept ranges point into `buf`, which the reader reuses once this returns.
    this.flush(buf);
    return pos;
  }

  private flush(buf: Buffer): void {
    const batch = this.batch;
    if (this.builders === null || batch.rows === 0) return;
    for (let k = 0; k < this.builders.length; k++) this.builders[k].pushFields(buf, batch, k);
    this.rows += batch.rows;
    batch.rows = 0;
  }

  recordTooLong(bytes: number): void {
    this.unterminated(this.line, bytes);
  }

  private unterminated(line: number, bytes?: number): void {
    this.stopped = true;
    this.unterminatedLine = line;
    this.skipped++;
    const what = bytes === undefined
      ? 'opens a quoted field that is never closed; the rest of the file was not read'
      : `starts a record longer than ${Math.round(bytes / 1e6)} MB (likely a quote that is never closed); the rest of the file was not read`;
    this.tally.note('unterminated-quote', line, undefined, () => ({
      severity: 'error',
      plain: true,
      what: `line ${line} ${what}`,
      hint: 'Close the quote, or double any quote inside a quoted field ("" stands for one ").',
    }));
  }

  private skipInvalidUtf8(line: number): void {
    this.skipped++;
    this.tally.note('invalid-utf8', line, undefined, () => ({
      severity: 'warning',
      what: 'rows containing bytes that are not valid UTF-8 were skipped',
      hint: 'Re-export the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).',
    }));
  }

  private record(buf: Buffer, line: number, bytes: number): void {
    const batch = this.batch;
    const base = batch.base;
    if (batch.count === 1 && batch.starts[base] === batch.ends[base] && batch.flags[base] === FIELD_PLAIN) return;
    if (this.names === null) return this.header(buf, line);
    const expected = this.names.length;
    if (batch.count !== expected) return this.skipRagged(line, batch.count, expected);
    if (this.builders !== null) return batch.keep(line);
    this.sample.push(this.texts(buf, expected));
    this.sampleLines.push(line);
    this.sampleBytes += bytes;
    if (this.sample.length >= this.sampleRows) this.startBuilding();
  }

  /** The fields of the record just tokenized, as text. */
  private texts(buf: Buffer, count: number): string[] {
    const { starts, ends, flags, base } = this.batch;
    const cells = new Array<string>(count);
    for (let k = 0; k < count; k++) {
      const text = buf.toString('utf8', starts[base + k], ends[base + k]);
      cells[k] = flags[base + k] === FIELD_NEEDS_UNQUOTE ? unquoteField(text) : text;
    }
    return cells;
  }

  private header(buf: Buffer, line: number): void {
    this.headerLine = line;
    this.names = headerNames(this.texts(buf, Math.min(this.batch.count, MAX_COLUMNS)), this.tally, line);
    this.batch = new FieldBatch(this.names.length, BATCH_ROWS);
  }

  private skipRagged(line: number, count: number, expected: number): void {
    this.skipped++;
    this.tally.note('ragged-row', line, undefined, () => ({
      severity: 'warning',
      what: `rows whose number of fields differs from the header's ${expected} were skipped (the first has ${count})`,
      hint: 'Quote fields that contain commas or line breaks, and give every row one value per header column.',
    }));
  }

  private startBuilding(): void {
    const names = this.names ?? [];
    const sample = this.sample;
    const bytesPerRow = sample.length > 0 ? this.sampleBytes / sample.length : 64;
    const capacity = Math.ceil((this.totalBytes / Math.max(1, bytesPerRow)) * 1.05) + 16;
    this.builders = names.map((name, k) => {
      const column = sample.map((cells) => cells[k]);
      const inferred = inferColumnType(name, column, this.options);
      if (inferred.mixedAt !== undefined) this.noteMixedSample(name, inferred, column);
      return createColumnBuilder({ name, type: inferred.type, epochUnit: inferred.epochUnit, capacity, tally: this.tally });
    });
    sample.forEach((cells, r) => {
      const line = this.sampleLines[r];
      for (let k = 0; k < cells.length; k++) this.builders?.[k].pushText(cells[k], line);
    });
    this.rows = sample.length;
    this.sample = [];
    this.sampleLines = [];
  }

  private noteMixedSample(name: string, inferred: InferredType, column: readonly string[]): void {
    const at = inferred.mixedAt ?? 0;
    const line = this.sampleLines[at];
    this.tally.note('mixed-sample', line, name, () => ({
      severity: 'warning',
      plain: true,
      what: `column "${name}" mixes numbers or times with text in its first ${column.length} rows `
        + `(first text value ${JSON.stringify(column[at].slice(0, 40))}); it was read as category`,
      hint: `To read it as numbers, declare "${name}" as number in the manifest (types); text values then become missing.`,
    }));
  }

  finish(result: ChunkResult): LogTable {
    if (result.bom) {
      this.tally.note('bom', 1, undefined, () => ({
        severity: 'info', plain: true, what: 'the file starts with a UTF-8 byte order mark; it was ignored',
      }));
    }
    if (this.names === null) throw this.noHeader();
    if (this.builders === null) this.startBuilding();
    if (this.rows === 0) throw this.noRows();
    const columns = (this.builders ?? []).map((b) => b.finish());
    const report = {
      file: this.file, format: 'csv' as const, bytes: result.bytes, rows: this.rows,
      skippedRows: this.skipped, diagnostics: this.tally.toDiagnostics(),
    };
    return { rowCount: this.rows, columns, reports: [report] };
  }

  private noHeader(): SightlineInputError {
    if (this.unterminatedLine > 0) return this.unterminatedError();
    return new SightlineInputError('csv.empty', `${this.file}: the file is empty (no header row)`, {
      file: this.file,
      hint: 'Check that the pipeline finished writing this file, or remove it from the manifest.',
    });
  }

  private noRows(): SightlineInputError {
    if (this.unterminatedLine > 0 && this.skipped === 1) return this.unterminatedError();
    if (this.skipped > 0) {
      const first = this.tally.toDiagnostics().find((d) => d.severity !== 'info');
      return new SightlineInputError(
        'csv.no-valid-rows',
        `${this.file}: none of its ${this.skipped} rows could be read; ${first?.message ?? ''}`,
        { file: this.file, line: first?.line, hint: first?.hint ?? 'Check the file format.' },
      );
    }
    return new SightlineInputError('csv.no-rows', `${this.file}:${this.headerLine}: the file has a header row but no data rows`, {
      file: this.file,
      line: this.headerLine,
      hint: 'Check that the pipeline wrote its records, or remove the file from the manifest.',
    });
  }

  private unterminatedError(): SightlineInputError {
    const line = this.unterminatedLine;
    return new SightlineInputError(
      'csv.unterminated-quote',
      `${this.file}:${line}: a quoted field opened on line ${line} is never closed`,
      { file: this.file, line, hint: 'Close the quote, or double any quote inside a quoted field ("" stands for one ").' },
    );
  }
}
