/**
 * One CSV record (RFC 4180, comma-separated, LF or CRLF line ends) split into field byte
 * ranges, without making strings. A record may span lines when a quoted field holds newlines.
 */

export const ROW_DONE = 0;
/** The buffer ends inside the record: read more and call again from the record start. */
export const ROW_INCOMPLETE = 1;
/** End of file inside a quoted field. */
export const ROW_UNTERMINATED = 2;

/** Field range is the raw text. */
export const FIELD_PLAIN = 0;
/** Field range is the text between the quotes, with nothing to unescape. */
export const FIELD_QUOTED = 1;
/** Field range is raw text with quotes to remove ("" escapes, or text after a closing quote). */
export const FIELD_NEEDS_UNQUOTE = 2;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Field ranges of many records, row-major (`width` slots per row), filled by `tokenizeRow` and
 * handed to the column builders a chunk at a time, so each builder runs one tight loop over
 * its own column instead of being called cell by cell in turn with the others.
 */
export class FieldBatch {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** 1-based line where each kept row starts. */
  lines: Int32Array;
  /** Complete rows kept. */
  rows = 0;
  /** Fields in the last record; may exceed `width`, whose extra ranges are not kept. */
  count = 0;
  /** Line ends inside the last record, its terminator included. */
  newlines = 0;
  /** Offset just after the last record. */
  next = 0;
  /** For ROW_UNTERMINATED: line ends before the opening quote, counted from the record start. */
  newlinesBeforeOpenQuote = 0;

  constructor(readonly width: number, rowCapacity: number) {
    this.starts = new Int32Array(width * rowCapacity);
    this.ends = new Int32Array(width * rowCapacity);
    this.flags = new Uint8Array(width * rowCapacity);
    this.lines = new Int32Array(rowCapacity);
  }

  /** Slot of the first field of the record being tokenized. */
  get base(): number {
    return this.rows * this.width;
  }

  /** Makes room for one more record. */
  reserveRow(): void {
    if (this.rows < this.lines.length) return;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const next = make(a.length * 2);
      next.set(a);
      return next;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.lines = grow(this.lines, (n) => new Int32Array(n));
  }

  /** Keeps the record just tokenized as a row. */
  keep(line: number): void {
    this.lines[this.rows++] = line;
  }
}

/**
 * Splits the record starting at `pos`. The loops compare bytes one by one on purpose: this runs
 * once per byte of the file, and V8 compiles these integer compares into tight machine code,
 * faster than calling indexOf once per delimiter.
 */
export function tokenizeRow(buf: Uint8Array, pos: number, end: number, eof: boolean, row: FieldBatch): number {
  const width = row.width;
  const base = row.base;
  let count = 0;
  let newlines = 0;
  let i = pos;
  for (;;) {
    let start = i;
    let stop: number;
    let flag = FIELD_PLAIN;
    let after: number;
    if (i < end && buf[i] === QUOTE) {
      const openNewlines = newlines;
      let j = i + 1;
      let escaped = false;
      for (;;) {
        if (j >= end) {
          if (!eof) return ROW_INCOMPLETE;
          row.newlinesBeforeOpenQuote = openNewlines;
          return ROW_UNTERMINATED;
        }
        const c = buf[j];
        if (c === QUOTE) {
          if (j + 1 >= end && !eof) return ROW_INCOMPLETE;
          if (j + 1 < end && buf[j + 1] === QUOTE) {
            escaped = true;
            j += 2;
            continue;
          }
          break;
        }
        if (c === LF) newlines++;
        j++;
      }
      after = j + 1;
      const crEnds = buf[after] === CR && (after + 1 < end ? buf[after + 1] === LF : eof);
      if (after >= end || buf[after] === COMMA || buf[after] === LF || crEnds) {
        if (escaped) {
          stop = after;
          flag = FIELD_NEEDS_UNQUOTE;
        } else {
          start = i + 1;
          stop = j;
          flag = FIELD_QUOTED;
        }
        if (after < end && buf[after] === CR) after++;
      } else {
        if (buf[after] === CR && after + 1 >= end && !eof) return ROW_INCOMPLETE;
        // Text after the closing quote: keep it, quotes removed, like most spreadsheet tools.
        while (after < end && buf[after] !== COMMA && buf[after] !== LF) after++;
        if (after >= end && !eof) return ROW_INCOMPLETE;
        stop = after > start && buf[after - 1] === CR && after < end ? after - 1 : after;
        flag = FIELD_NEEDS_UNQUOTE;
      }
    } else {
      while (i < end && buf[i] !== COMMA && buf[i] !== LF) i++;
      if (i >= end && !eof) return ROW_INCOMPLETE;
      after = i;
      // A CR right before the line end (or the end of the file) belongs to the line end.
      stop = i > start && buf[i - 1] === CR && (i >= end || buf[i] === LF) ? i - 1 : i;
    }
    if (count < width) {
      row.starts[base + count] = start;
      row.ends[base + count] = stop;
      row.flags[base + count] = flag;
    }
    count++;
    if (after >= end) {
      row.next = end;
      break;
    }
    if (buf[after] === COMMA) {
      i = after + 1;
      continue;
    }
    newlines++;
    row.next = after + 1;
    break;
  }
  row.count = count;
  row.newlines = newlines;
  return ROW_DONE;
}
