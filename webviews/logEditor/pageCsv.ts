import type { LogPage } from '../../core/protocol';
import { cellData } from './cells';

/**
 * A page as RFC 4180 CSV with a header row. Missing cells are empty; an empty string is
 * quoted (`""`) so it stays distinct from missing when pasted back into a reader.
 */
export function pageCsv(page: LogPage): string {
  const lines = [page.columns.map((c) => csvField(c.name)).join(',')];
  for (let row = 0; row < page.rowCount; row++) {
    lines.push(page.columns.map((column) => {
      const value = cellData(column, row);
      return value === undefined ? '' : csvField(value);
    }).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function csvField(value: string): string {
  if (value === '' || /[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}
