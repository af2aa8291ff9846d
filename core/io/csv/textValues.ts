/**
 * How text cells are classified, shared by type inference and the column builders so that a
 * value the sample calls numeric is parsed as numeric.
 */

/** Cells that mean "no value": the empty string, NA, N/A, null, NULL. */
export function isMissingText(text: string): boolean {
  return text === '' || text === 'NA' || text === 'N/A' || text === 'null' || text === 'NULL';
}

/** The same test on bytes, without making a string. */
export function isMissingBytes(buf: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0) return true;
  if (length > 4) return false;
  const a = buf[start];
  if (length === 2) return a === 78 && buf[start + 1] === 65; // NA
  if (length === 3) return a === 78 && buf[start + 1] === 47 && buf[start + 2] === 65; // N/A
  if (length === 4) {
    if (a === 110) return buf[start + 1] === 117 && buf[start + 2] === 108 && buf[start + 3] === 108;
    if (a === 78) return buf[start + 1] === 85 && buf[start + 2] === 76 && buf[start + 3] === 76;
  }
  return false;
}

const NON_FINITE = /^\s*[+-]?(nan|inf|infinity)\s*$/i;

/** NaN / Infinity / -inf spelled out: numeric in intent, but not a usable value. */
export function isNonFiniteText(text: string): boolean {
  return NON_FINITE.test(text);
}

/** Decimal numbers only: hex, octal and binary forms that `Number()` takes are treated as text. */
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** The number a decimal text cell holds, or NaN when it is not one. */
export function parseDecimalText(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}

const BOOLEAN_WORDS: Record<string, number> = {
  true: 1, false: 0, t: 1, f: 0, yes: 1, no: 0, y: 1, n: 0, '1': 1, '0': 0,
};

/**
 * 1 / 0 for boolean words (case-insensitive true/false, t/f, yes/no, y/n, 1/0), NaN otherwise.
 * Inference only picks `boolean` for true/false columns; the other words are accepted when a
 * column is declared boolean.
 */
export function parseBooleanText(text: string): number {
  const value = BOOLEAN_WORDS[text.trim().toLowerCase()];
  return value === undefined ? NaN : value;
}

export function isTrueFalseText(text: string): boolean {
  const lower = text.toLowerCase();
  return lower === 'true' || lower === 'false';
}
