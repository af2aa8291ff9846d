import type { ErrorInfo } from '../protocol';
/**
 * An input problem the user can fix. Surfaces print `message` (and `hint`) without a stack
 * trace; the CLI exits with code 2.
 */
export class SightlineInputError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
  readonly hint?: string;

  constructor(
    code: string,
    message: string,
    where: { file?: string; line?: number; column?: string; hint?: string } = {},
  ) {
    super(message);
    this.name = 'SightlineInputError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = where.hint;
  }
}

export function isInputError(error: unknown): error is SightlineInputError {
  return error instanceof SightlineInputError;
}

/** `file:line: message` in the style compilers use, so terminals make it clickable. */
export function formatLocation(where: { file?: string; line?: number; column?: string }): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.line ? `${where.file}:${where.line}` : where.file);
  if (where.column) parts.push(`column "${where.column}"`);
  return parts.join(', ');
}

/** An error as data, for crossing a worker or webview boundary. */
export function toErrorInfo(error: unknown, cancelled = false): ErrorInfo {
  if (cancelled || (error instanceof Error && error.name === 'AbortError')) {
    return { code: 'cancelled', message: 'cancelled', cancelled: true };
  }
  if (isInputError(error)) {
    return { code: error.code, message: error.message, hint: error.hint, file: error.file, line: error.line, column: error.column };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `unexpected error: ${message}`, hint: 'Please report this with the steps that led to it.' };
}
