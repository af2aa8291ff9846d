import { SightlineInputError } from '../errors';
import { createColumnBuilder } from '../columnBuilder';
import type { ColumnBuilder } from '../columnBuilder';
import { inferColumnType } from '../inferType';
import type { LogTable } from '../logTable';
import type { ReadOptions } from '../readOptions';
import { IssueTally } from '../text/issueTally';
import type { ChunkResult, ChunkSink } from '../text/readChunks';
import { isUtf8Range, wholeLinesAreUtf8 } from '../text/utf8Lines';

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as the text type inference sees; objects and arrays as their JSON text. */
function inferenceText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * JSON lines into typed columns: one JSON object per line, blank lines ignored. Columns are the
 * keys in order of first appearance; a record without a key has a missing value there. Nested
 * objects and arrays are kept as their JSON text in a category column (an info diagnostic says
 * so), so no value is silently dropped. Types are inferred from the first records as for CSV.
 */
export class JsonLinesParser implements ChunkSink {
  stopped = false;
  private line = 1;
  private sample: JsonRecord[] = [];
  private sampleLines: number[] = [];
  private sampleBytes = 0;
  private builders: ColumnBuilder[] | null = null;
  private readonly byName = new Map<string, ColumnBuilder>();
  private rows = 0;
  private skipped = 0;
  private sawText = false;
  private totalBytes = 0;
  private readonly tally: IssueTally;

  constructor(
    private readonly file: string,
    private readonly options: ReadOptions,
    private readonly sampleRows: number,
  ) {
    this.tally = new IssueTally(file, 'jsonl');
  }

  begin(totalBytes: number): void {
    this.totalBytes = totalBytes;
  }

  feed(buf: Buffer, end: number, eof: boolean): number {
    const checkEachLine = !wholeLinesAreUtf8(buf, end, eof);
    let pos = 0;
    while (pos < end) {
      let newline = buf.indexOf(10, pos);
      if (newline < 0 || newline >= end) {
        if (!eof) break;
        newline = end;
      }
      const line = this.line++;
      if (!isBlank(buf, pos, newline)) {
        this.sawText = true;
        if (checkEachLine && !isUtf8Range(buf, pos, newline)) this.skip('invalid-utf8', line);
        else this.record(buf.toString('utf8', pos, newline), line, newline - pos);
      }
      pos = newline + 1;
    }
    return Math.min(pos, end);
  }

  recordTooLong(): void {
    this.stopped = true;
    this.skip('line-too-long', this.line);
  }

  private skip(code: 'invalid-utf8' | 'invalid-json' | 'not-object' | 'line-too-long', line: number, detail = ''): void {
    this.skipped++;
    const what = {
      'invalid-utf8': 'lines containing bytes that are not valid UTF-8 were skipped',
      'invalid-json': 'lines that are not valid JSON were skipped',
      'not-object': 'lines holding a JSON value other than an object were skipped',
      'line-too-long': 'a line longer than the reader accepts stopped reading',
    }[code];
    this.tally.note(code, line, undefined, () => ({
      severity: 'warning',
      what: detail ? `${what} (first: ${detail})` : what,
      hint: code === 'invalid-utf8'
        ? 'Re-export the file as UTF-8.'
        : 'Write one JSON object per line, e.g. {"id": 1, "score": 0.3}.',
    }));
  }

  private record(text: string, line: number, bytes: number): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return this.skip('invalid-json', line, error instanceof Error ? error.message : '');
    }
    if (!isRecord(value)) return this.skip('not-object', line);
    if (this.builders !== null) return this.build(value, line);
    this.sample.push(value);
    this.sampleLines.push(line);
    this.sampleBytes += bytes;
    if (this.sample.length >= this.sampleRows) this.startBuilding();
  }

  private build(record: JsonRecord, line: number): void {
    const builders = this.builders as ColumnBuilder[];
    let present = 0;
    for (let k = 0; k < builders.length; k++) {
      const value = record[builders[k].name];
      if (value !== undefined) present++;
      builders[k].pushValue(value, line);
    }
    // Counting keys is cheaper than looking each one up; only a record with a new key pays that.
    let keys = 0;
    for (const key in record) if (Object.hasOwn(record, key)) keys++;
    if (keys !== present) this.addNewColumns(record, line);
    this.rows++;
  }

  /** Columns for keys first seen in `record`, which its own values then fill. */
  private addNewColumns(record: JsonRecord, line: number): void {
    for (const key in record) {
      if (this.byName.has(key)) continue;
      this.addColumn(key, [record[key]], [line], line);
      this.byName.get(key)?.pushValue(record[key], line);
    }
  }

  private startBuilding(): void {
    this.builders = [];
    const keys = new Set<string>();
    for (const record of this.sample) for (const key in record) keys.add(key);
    for (const key of keys) this.addColumn(key, this.sample.map((r) => r[key]), this.sampleLines, 0);
    const sample = this.sample;
    this.sample = [];
    sample.forEach((record, r) => this.build(record, this.sampleLines[r]));
    this.sampleLines = [];
  }

  /** `firstLine` > 0 marks a key first seen after the sample: earlier rows get missing values. */
  private addColumn(name: string, values: readonly unknown[], lines: readonly number[], firstLine: number): void {
    const texts = values.map(inferenceText);
    const inferred = inferColumnType(name, texts, this.options);
    const nestedAt = values.findIndex((v) => typeof v === 'object' && v !== null);
    const type = nestedAt >= 0 && !this.options.types?.[name] ? 'category' : inferred.type;
    const bytesPerRow = this.sampleBytes / Math.max(1, this.sampleLines.length) || 64;
    const capacity = Math.ceil((this.totalBytes / bytesPerRow) * 1.05) + 16;
    const builder = createColumnBuilder({ name, type, epochUnit: inferred.epochUnit, capacity, tally: this.tally });
    for (let r = 0; r < this.rows; r++) builder.pushMissing();
    this.builders?.push(builder);
    this.byName.set(name, builder);
    if (nestedAt >= 0) this.noteColumn('nested', name, lines[nestedAt], 'holds objects or arrays; they were kept as JSON text in a category column');
    else if (inferred.mixedAt !== undefined) this.noteColumn('mixed-sample', name, lines[inferred.mixedAt], 'mixes numbers or times with text in its first records; it was read as category');
    if (firstLine > 0) this.noteColumn('late-column', name, firstLine, 'first appears on this line; earlier records have no value for it');
  }

  private noteColumn(code: string, name: string, line: number, what: string): void {
    this.tally.note(code, line, name, () => ({
      severity: code === 'mixed-sample' ? 'warning' : 'info',
      plain: true,
      what: `column "${name}" ${what}`,
      hint: code === 'nested' ? 'Flatten nested fields in the pipeline if you want to analyse them as columns.' : undefined,
    }));
  }

  finish(result: ChunkResult): LogTable {
    if (!this.sawText) {
      throw new SightlineInputError('jsonl.empty', `${this.file}: the file is empty (no JSON records)`, {
        file: this.file,
        hint: 'Check that the pipeline finished writing this file, or remove it from the manifest.',
      });
    }
    if (this.builders === null) this.startBuilding();
    if (this.rows === 0) throw this.noValidRows();
    const report = {
      file: this.file, format: 'jsonl' as const, bytes: result.bytes, rows: this.rows,
      skippedRows: this.skipped, diagnostics: this.tally.toDiagnostics(),
    };
    return { rowCount: this.rows, columns: (this.builders ?? []).map((b) => b.finish()), reports: [report] };
  }

  private noValidRows(): SightlineInputError {
    const first = this.tally.toDiagnostics().find((d) => d.severity !== 'info');
    return new SightlineInputError(
      'jsonl.no-valid-rows',
      `${this.file}: none of its ${this.skipped} lines could be read; ${first?.message ?? ''}`,
      { file: this.file, line: first?.line, hint: first?.hint ?? 'Write one JSON object per line.' },
    );
  }
}
