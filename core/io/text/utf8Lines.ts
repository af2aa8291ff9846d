import { isUtf8 } from 'node:buffer';

/**
 * Validates all complete lines of `buf[0, end)` at once (native and fast); readers check rows
 * one by one only when this fails. A line end is never inside a multi-byte character, so the
 * checked range never cuts one in half.
 */
export function wholeLinesAreUtf8(buf: Buffer, end: number, eof: boolean): boolean {
  const checkedEnd = eof ? end : buf.lastIndexOf(10, end - 1) + 1;
  return checkedEnd <= 0 || isUtf8(buf.subarray(0, checkedEnd));
}

export function isUtf8Range(buf: Buffer, start: number, end: number): boolean {
  return isUtf8(buf.subarray(start, end));
}
