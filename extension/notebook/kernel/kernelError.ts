import { inspect } from 'node:util';
import type { KernelError } from '../../../core/protocol';
import { formatLocation, isInputError } from '../../../core/io/errors';
import { CellSyntaxError } from './rewriteCell';

/** The script name a cell runs under; frames in it are the user's own. */
export function cellFileName(executionOrder: number): string {
  return `cell-${executionOrder}.js`;
}

const CELL_FRAME = /cell-(\d+)\.js:(\d+):(\d+)/;

/**
 * What a failed cell shows: the error's name and message, the frames in the user's cells
 * (renamed to `cell [N], line L`) and, for Sightline input errors, where and what to do.
 * Frames of the kernel, the library and Node are left out: they help nobody fix a cell.
 */
export function toKernelError(error: unknown, executionOrder: number, cellLines = Infinity): KernelError {
  const userFrames = (stack: string | undefined) => cellFrames(stack, executionOrder, cellLines);
  if (error instanceof CellSyntaxError) {
    return { name: 'SyntaxError', message: error.message, stack: `SyntaxError: ${error.message}\n    at cell [${executionOrder}], line ${error.line}, column ${error.column}` };
  }
  if (isInputError(error)) {
    const lines = [`${error.message}`];
    const where = formatLocation(error);
    if (where && !error.message.includes(where)) lines.push(`    in ${where}`);
    if (error.hint) lines.push(`    hint: ${error.hint}`);
    lines.push(...userFrames(error.stack));
    return { name: 'SightlineInputError', message: error.message, stack: lines.join('\n') };
  }
  if (error instanceof Error || isErrorLike(error)) {
    const name = error.name || 'Error';
    const message = error.message;
    return { name, message, stack: [`${name}: ${message}`, ...userFrames(error.stack)].join('\n') };
  }
  const message = `a cell threw a non-Error value: ${inspect(error, { depth: 2 })}`;
  return { name: 'Error', message, stack: `Error: ${message}` };
}

/** Errors from another realm or library fail `instanceof Error` but still have these. */
function isErrorLike(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && typeof (value as Error).message === 'string' && typeof (value as Error).name === 'string';
}

/** Frames in cells; the running cell's line past its end is the wrapper that `rewriteCell` added. */
function cellFrames(stack: string | undefined, executionOrder: number, cellLines: number): string[] {
  if (!stack) return [];
  return stack.split('\n').flatMap((line) => {
    const match = CELL_FRAME.exec(line);
    if (!match || (Number(match[1]) === executionOrder && Number(match[2]) > cellLines)) return [];
    const fn = /^\s*at (?:async )?([^\s(]+) \(/.exec(line)?.[1];
    const where = `cell [${match[1]}], line ${match[2]}`;
    return [fn && !fn.startsWith('cell-') ? `    at ${fn} (${where})` : `    at ${where}`];
  });
}
