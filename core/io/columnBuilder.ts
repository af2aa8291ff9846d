import type { ColumnType } from '../protocol';
import type { Column } from './logTable';
import { epochToMs, parseIsoTime, parseIsoTimeBytes } from './parseTime';
import type { EpochUnit } from './parseTime';
import { ByteDictionary } from './byteDictionary';
import type { IssueTally, IssueText } from './text/issueTally';
import { parseNumberBytes } from './csv/parseNumberBytes';
import { FIELD_NEEDS_UNQUOTE } from './csv/tokenizeRow';
import type { FieldBatch } from './csv/tokenizeRow';
import { unquoteField } from './csv/unquoteField';
import {
  isMissingBytes, isMissingText, isNonFiniteText, parseBooleanText, parseDecimalText,
} from './csv/textValues';

/**
 * Typed column builders shared by the CSV and JSON-lines readers. Values arrive as bytes (the
 * CSV fast path), as text (quoted CSV cells with escapes, the type-inference sample) or as
 * parsed JSON values. Numbers, booleans and times grow a Float64Array with NaN for missing;
 * categories grow an Int32Array of dictionary codes with -1 for missing.
 * A value that does not fit the column's type becomes missing and is tallied by line.
 */
export interface ColumnBuilder {
  readonly name: string;
  readonly type: ColumnType;
  readonly length: number;
  pushBytes(buf: Buffer, start: number, end: number, line: number): void;
  /** Column `column` of every row in a CSV field batch. */
  pushFields(buf: Buffer, batch: FieldBatch, column: number): void;
  pushText(text: string, line: number): void;
  pushValue(value: unknown, line: number): void;
  pushMissing(): void;
  finish(): Column;
}

export interface BuilderSetup {
  name: string;
  type: ColumnType;
  epochUnit: EpochUnit;
  /** Expected rows, to size the buffers once instead of doubling from a small start. */
  capacity: number;
  tally: IssueTally;
}

function notA(kind: string, example: string): () => IssueText {
  return () => ({
    severity: 'warning',
    unit: 'value',
    what: `values that are not ${kind} were read as missing (e.g. ${JSON.stringify(example.slice(0, 40))})`,
    hint: 'Fix the values at the source, or declare the column as category in the manifest (types).',
  });
}

function nonFinite(example: string): () => IssueText {
  return () => ({
    severity: 'warning',
    unit: 'value',
    what: `non-finite numbers such as ${JSON.stringify(example.trim())} were read as missing`,
    hint: 'Statistics skip missing values; write finite numbers or leave the cell empty.',
  });
}

/**
 * The filled part of a buffer. Buffers are sized from an estimate of the row count, usually a
 * few percent too large: a view then avoids copying every column once more at the end.
 */
function fitted<T extends Float64Array | Int32Array>(values: T, length: number): T {
  if (length === values.length) return values;
  return (length >= values.length * 0.8 ? values.subarray(0, length) : values.slice(0, length)) as T;
}

function fieldText(buf: Buffer, batch: FieldBatch, at: number): string {
  return unquoteField(buf.toString('utf8', batch.starts[at], batch.ends[at]));
}

/*
 * Each builder class has its own copy of the `pushFields` loop on purpose: V8 specializes a
 * function for the classes it sees, so a loop shared through the base class would dispatch
 * `pushBytes` on every cell instead of inlining the one parser it needs.
 */

/** Shared growth for the Float64Array builders. */
abstract class FloatBuilder {
  protected values: Float64Array;
  length = 0;

  constructor(protected readonly setup: BuilderSetup) {
    this.values = new Float64Array(Math.max(16, setup.capacity));
  }

  get name(): string {
    return this.setup.name;
  }

  /** Room for `count` more values, so the appends of a batch never grow the buffer. */
  protected reserve(count: number): void {
    if (this.length + count <= this.values.length) return;
    const next = new Float64Array(Math.max(this.values.length * 2, this.length + count));
    next.set(this.values);
    this.values = next;
  }

  protected append(value: number): void {
    if (this.length === this.values.length) this.reserve(1);
    this.values[this.length++] = value;
  }

  pushMissing(): void {
    this.append(NaN);
  }

  protected trimmed(): Float64Array {
    return fitted(this.values, this.length);
  }

  protected mismatch(code: 'mixed-type' | 'non-finite', text: string, line: number, kind: string): void {
    const describe = code === 'non-finite' ? nonFinite(text) : notA(kind, text);
    this.setup.tally.note(code, line, this.setup.name, describe);
    this.append(NaN);
  }
}

export class NumberBuilder extends FloatBuilder implements ColumnBuilder {
  readonly type = 'number';

  pushFields(buf: Buffer, batch: FieldBatch, column: number): void {
    const { starts, ends, flags, lines, width, rows } = batch;
    this.reserve(rows);
    for (let r = 0, at = column; r < rows; r++, at += width) {
      if (flags[at] === FIELD_NEEDS_UNQUOTE) this.pushText(fieldText(buf, batch, at), lines[r]);
      else this.pushBytes(buf, starts[at], ends[at], lines[r]);
    }
  }

  pushBytes(buf: Buffer, start: number, end: number, line: number): void {
    const value = parseNumberBytes(buf, start, end);
    if (value === value) this.append(value);
    else if (start === end) this.append(NaN);
    else this.pushText(buf.toString('utf8', start, end), line);
  }

  pushText(text: string, line: number): void {
    const value = parseDecimalText(text);
    if (!Number.isNaN(value) && Number.isFinite(value)) this.append(value);
    else if (isMissingText(text.trim())) this.append(NaN);
    else if (isNonFiniteText(text) || !Number.isNaN(value)) this.mismatch('non-finite', text, line, 'numbers');
    else this.mismatch('mixed-type', text, line, 'numbers');
  }

  pushValue(value: unknown, line: number): void {
    if (typeof value === 'number') this.append(value);
    else if (typeof value === 'string') this.pushText(value, line);
    else if (value === null || value === undefined) this.append(NaN);
    else this.mismatch('mixed-type', JSON.stringify(value), line, 'numbers');
  }

  finish(): Column {
    return { type: 'number', name: this.name, values: this.trimmed() };
  }
}

/** 1 / 0 for true/false in any case, -1 for anything else (then decoded as text). */
function trueFalseBytes(buf: Buffer, start: number, end: number): number {
  const length = end - start;
  // OR-ing 0x20 lowercases ASCII letters, so one compare covers every case of a letter.
  if (length === 4 && (buf[start] | 0x20) === 116 && (buf[start + 1] | 0x20) === 114
    && (buf[start + 2] | 0x20) === 117 && (buf[start + 3] | 0x20) === 101) return 1;
  if (length === 5 && (buf[start] | 0x20) === 102 && (buf[start + 1] | 0x20) === 97
    && (buf[start + 2] | 0x20) === 108 && (buf[start + 3] | 0x20) === 115 && (buf[start + 4] | 0x20) === 101) return 0;
  return -1;
}

export class BooleanBuilder extends FloatBuilder implements ColumnBuilder {
  readonly type = 'boolean';

  pushFields(buf: Buffer, batch: FieldBatch, column: number): void {
    const { starts, ends, flags, lines, width, rows } = batch;
    this.reserve(rows);
    for (let r = 0, at = column; r < rows; r++, at += width) {
      if (flags[at] === FIELD_NEEDS_UNQUOTE) this.pushText(fieldText(buf, batch, at), lines[r]);
      else this.pushBytes(buf, starts[at], ends[at], lines[r]);
    }
  }

  pushBytes(buf: Buffer, start: number, end: number, line: number): void {
    const value = trueFalseBytes(buf, start, end);
    if (value >= 0) this.append(value);
    else this.pushText(buf.toString('utf8', start, end), line);
  }

  pushText(text: string, line: number): void {
    const value = parseBooleanText(text);
    if (!Number.isNaN(value)) this.append(value);
    else if (isMissingText(text.trim())) this.append(NaN);
    else this.mismatch('mixed-type', text, line, 'true/false');
  }

  pushValue(value: unknown, line: number): void {
    if (typeof value === 'boolean') this.append(value ? 1 : 0);
    else if (value === 0 || value === 1) this.append(value);
    else if (typeof value === 'string') this.pushText(value, line);
    else if (value === null || value === undefined) this.append(NaN);
    else this.mismatch('mixed-type', JSON.stringify(value), line, 'true/false');
  }

  finish(): Column {
    return { type: 'boolean', name: this.name, values: this.trimmed() };
  }
}

export class TimeBuilder extends FloatBuilder implements ColumnBuilder {
  readonly type = 'time';

  pushFields(buf: Buffer, batch: FieldBatch, column: number): void {
    const { starts, ends, flags, lines, width, rows } = batch;
    this.reserve(rows);
    for (let r = 0, at = column; r < rows; r++, at += width) {
      if (flags[at] === FIELD_NEEDS_UNQUOTE) this.pushText(fieldText(buf, batch, at), lines[r]);
      else this.pushBytes(buf, starts[at], ends[at], lines[r]);
    }
  }

  pushBytes(buf: Buffer, start: number, end: number, line: number): void {
    const ms = parseIsoTimeBytes(buf, start, end);
    if (ms === ms) {
      this.append(ms);
      return;
    }
    const epoch = parseNumberBytes(buf, start, end);
    if (epoch === epoch) this.append(epochToMs(epoch, this.setup.epochUnit));
    else if (start === end) this.append(NaN);
    else this.pushText(buf.toString('utf8', start, end), line);
  }

  pushText(text: string, line: number): void {
    const trimmed = text.trim();
    const ms = parseIsoTime(trimmed);
    if (!Number.isNaN(ms)) return this.append(ms);
    const epoch = parseDecimalText(trimmed);
    if (Number.isFinite(epoch)) this.append(epochToMs(epoch, this.setup.epochUnit));
    else if (isMissingText(trimmed)) this.append(NaN);
    else this.mismatch('mixed-type', text, line, 'ISO-8601 times or epoch numbers');
  }

  pushValue(value: unknown, line: number): void {
    if (typeof value === 'number') this.append(epochToMs(value, this.setup.epochUnit));
    else if (typeof value === 'string') this.pushText(value, line);
    else if (value === null || value === undefined) this.append(NaN);
    else this.mismatch('mixed-type', JSON.stringify(value), line, 'ISO-8601 times or epoch numbers');
  }

  finish(): Column {
    return { type: 'time', name: this.name, values: this.trimmed() };
  }
}

/**
 * UTF-8 bytes of `text` into `out`, returning their count. Category values are short and
 * mostly ASCII: a charCode loop is faster there than Buffer.write's native call.
 */
function encodeInto(text: string, out: Buffer): number {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return out.write(text, 0, 'utf8');
    out[i] = code;
  }
  return length;
}

export class CategoryBuilder implements ColumnBuilder {
  readonly type = 'category';
  length = 0;
  private codes: Int32Array;
  private readonly dictionary = new ByteDictionary();
  private scratch = Buffer.allocUnsafe(256);

  constructor(private readonly setup: BuilderSetup) {
    this.codes = new Int32Array(Math.max(16, setup.capacity));
  }

  get name(): string {
    return this.setup.name;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.codes.length) return;
    const next = new Int32Array(Math.max(this.codes.length * 2, this.length + count));
    next.set(this.codes);
    this.codes = next;
  }

  private append(code: number): void {
    if (this.length === this.codes.length) this.reserve(1);
    this.codes[this.length++] = code;
  }

  pushBytes(buf: Buffer, start: number, end: number): void {
    this.append(isMissingBytes(buf, start, end) ? -1 : this.dictionary.codeOf(buf, start, end));
  }

  pushFields(buf: Buffer, batch: FieldBatch, column: number): void {
    const { starts, ends, flags, width, rows } = batch;
    this.reserve(rows);
    for (let r = 0, at = column; r < rows; r++, at += width) {
      if (flags[at] === FIELD_NEEDS_UNQUOTE) this.pushText(fieldText(buf, batch, at));
      else this.pushBytes(buf, starts[at], ends[at]);
    }
  }

  pushText(text: string): void {
    if (isMissingText(text)) return this.append(-1);
    // Encoding into a reused buffer keeps one dictionary (keyed by bytes) for both paths.
    if (text.length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(text.length * 3);
    this.append(this.dictionary.codeOf(this.scratch, 0, encodeInto(text, this.scratch)));
  }

  /** JSON numbers and booleans become their text; objects and arrays their JSON text. */
  pushValue(value: unknown): void {
    if (typeof value === 'string') this.pushText(value);
    else if (value === null || value === undefined) this.append(-1);
    else if (typeof value === 'object') this.pushText(JSON.stringify(value));
    else this.pushText(String(value));
  }

  pushMissing(): void {
    this.append(-1);
  }

  finish(): Column {
    const codes = fitted(this.codes, this.length);
    return { type: 'category', name: this.name, codes, dictionary: this.dictionary.values };
  }
}

export function createColumnBuilder(setup: BuilderSetup): ColumnBuilder {
  switch (setup.type) {
    case 'number':
      return new NumberBuilder(setup);
    case 'boolean':
      return new BooleanBuilder(setup);
    case 'time':
      return new TimeBuilder(setup);
    case 'category':
      return new CategoryBuilder(setup);
  }
}
