import { inspect } from 'node:util';
import type { KernelOutputItem, ResultKind, SightlineResult } from '../../../core/protocol';
import { resultMimeType } from '../../../core/protocol/results';
import type { LogTable } from '../../../core/io/logTable';
import { resultHtml } from './resultHtml';
import { resultText } from './resultText';

const RESULT_KINDS: readonly ResultKind[] = ['inspect', 'overview', 'monitor', 'drift', 'slices', 'slice-diff', 'trace', 'lineage', 'whatif'];

/** Plain data shown as JSON too, up to this size; larger values stay text. */
const MAX_JSON_CHARS = 64_000;

export function isSightlineResult(value: unknown): value is SightlineResult {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, version } = value as { kind?: unknown; version?: unknown };
  return typeof kind === 'string' && RESULT_KINDS.includes(kind as ResultKind) && typeof version === 'number';
}

/**
 * The output items for a value a cell shows. A Sightline result carries its own MIME type
 * (drawn by the renderer) and static HTML and text summaries for everywhere else; other values show
 * as text, plain data also as JSON. `undefined` shows nothing.
 */
export function cellOutputItems(value: unknown): KernelOutputItem[] {
  if (value === undefined) return [];
  if (isSightlineResult(value)) {
    return [
      { mime: resultMimeType(value.kind), text: JSON.stringify(value) },
      { mime: 'text/html', text: resultHtml(value) },
      { mime: 'text/plain', text: resultText(value) },
    ];
  }
  if (typeof value === 'string') return [{ mime: 'text/plain', text: value }];
  if (isLogTable(value)) return [{ mime: 'text/plain', text: describeTable(value) }];
  const items: KernelOutputItem[] = [{ mime: 'text/plain', text: inspect(value, { depth: 4, maxArrayLength: 50, breakLength: 100 }) }];
  const json = plainJson(value);
  if (json !== undefined) items.unshift({ mime: 'application/json', text: json });
  return items;
}

function plainJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return undefined;
  try {
    const text = JSON.stringify(value, null, 2);
    return text !== undefined && text.length <= MAX_JSON_CHARS ? text : undefined;
  } catch {
    return undefined; // cycles, BigInt
  }
}

function isLogTable(value: unknown): value is LogTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<LogTable>;
  return typeof table.rowCount === 'number' && Array.isArray(table.columns) && Array.isArray(table.reports);
}

/** A table's shape rather than its typed arrays, which would print as walls of numbers. */
function describeTable(table: LogTable): string {
  const lines = [`LogTable: ${table.rowCount} rows × ${table.columns.length} columns`];
  for (const column of table.columns) lines.push(`  ${column.name}: ${column.type}`);
  const skipped = table.reports.reduce((sum, r) => sum + r.skippedRows, 0);
  if (skipped) lines.push(`  (${skipped} rows skipped while reading; see table.reports)`);
  return lines.join('\n');
}
