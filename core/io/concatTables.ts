import type { Column, LogTable } from './logTable';
import type { Diagnostic } from '../protocol';
import { dictionaryEncode } from './dictionaryEncode';

/**
 * Stacks the tables read from one stage's files. Columns are matched by name; a column
 * missing from some files is missing (null) there. A column read as different types in
 * different files falls back to category so no value is lost, with a warning.
 */
export function concatTables(tables: LogTable[]): LogTable {
  if (tables.length === 1) return tables[0];
  const rowCount = tables.reduce((sum, t) => sum + t.rowCount, 0);
  const names = columnOrder(tables);
  const diagnostics: Diagnostic[] = [];
  const columns = names.map((name) => concatColumn(name, tables, rowCount, diagnostics));
  const reports = tables.flatMap((t) => t.reports);
  if (diagnostics.length && reports.length) reports[reports.length - 1].diagnostics.push(...diagnostics);
  return { rowCount, columns, reports };
}

function columnOrder(tables: LogTable[]): string[] {
  const seen = new Set<string>();
  for (const table of tables) for (const column of table.columns) seen.add(column.name);
  return [...seen];
}

function concatColumn(name: string, tables: LogTable[], rowCount: number, diagnostics: Diagnostic[]): Column {
  const parts = tables.map((t) => t.columns.find((c) => c.name === name));
  const types = new Set(parts.filter((p): p is Column => !!p).map((p) => p.type));
  if (types.size === 1) {
    const [type] = types;
    return type === 'category' ? concatCategories(name, tables, parts) : concatNumeric(name, type, tables, parts, rowCount);
  }
  diagnostics.push({
    severity: 'warning',
    code: 'concat.type-conflict',
    message: `column "${name}" has different types across the stage's files (${[...types].join(', ')}); it is read as text`,
    column: name,
    hint: 'Make the writer use one type for this column in every file, or set its type in sightline.json.',
  });
  return concatCategories(name, tables, parts.map((p) => (p && p.type !== 'category' ? asCategory(p) : p)));
}

function concatNumeric(
  name: string,
  type: 'number' | 'boolean' | 'time',
  tables: LogTable[],
  parts: (Column | undefined)[],
  rowCount: number,
): Column {
  const values = new Float64Array(rowCount);
  let offset = 0;
  tables.forEach((table, i) => {
    const part = parts[i];
    if (part && part.type !== 'category') values.set(part.values, offset);
    else values.fill(NaN, offset, offset + table.rowCount);
    offset += table.rowCount;
  });
  return { type, name, values };
}

function concatCategories(name: string, tables: LogTable[], parts: (Column | undefined)[]): Column {
  const rowCount = tables.reduce((sum, t) => sum + t.rowCount, 0);
  const codes = new Int32Array(rowCount);
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  let offset = 0;
  tables.forEach((table, i) => {
    const part = parts[i];
    if (!part || part.type !== 'category') {
      codes.fill(-1, offset, offset + table.rowCount);
    } else {
      // Re-map each file's dictionary once, then translate codes with a lookup array.
      const remap = part.dictionary.map((value) => {
        let code = index.get(value);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(value);
          index.set(value, code);
        }
        return code;
      });
      for (let r = 0; r < table.rowCount; r++) {
        const code = part.codes[r];
        codes[offset + r] = code < 0 ? -1 : remap[code];
      }
    }
    offset += table.rowCount;
  });
  return { type: 'category', name, codes, dictionary };
}

function asCategory(column: Exclude<Column, { type: 'category' }>): Column {
  const text = Array.from(column.values, (v) => {
    if (Number.isNaN(v)) return null;
    if (column.type === 'time') return new Date(v).toISOString();
    return column.type === 'boolean' ? String(v === 1) : String(v);
  });
  return { type: 'category', name: column.name, ...dictionaryEncode(text) };
}
