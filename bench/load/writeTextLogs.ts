import { closeSync, openSync, writeSync } from 'node:fs';
import { columnNames } from './syntheticLog';
import type { SyntheticLog } from './syntheticLog';

const BATCH_ROWS = 20_000;

function isoZ(ms: number): string {
  return new Date(ms).toISOString();
}

/** `2024-03-01T14:00:00+02:00` for a UTC instant. */
function isoPlusTwo(ms: number): string {
  return `${new Date(ms + 7_200_000).toISOString().slice(0, 19)}+02:00`;
}

function numberText(value: number, decimals: number): string {
  return Number.isNaN(value) ? '' : value.toFixed(decimals);
}

function rowCells(log: SyntheticLog, r: number): string[] {
  return [
    log.ids[r], isoZ(log.eventTime[r]), isoPlusTwo(log.receivedAt[r]),
    ...log.numbers.map((n) => numberText(n.values[r], n.decimals)),
    ...log.categories.map((c) => c.levels[c.codes[r]]),
    log.flags[r] ? 'true' : 'false',
  ];
}

function writeBatches(path: string, header: string, rows: number, line: (r: number) => string): void {
  const fd = openSync(path, 'w');
  try {
    if (header) writeSync(fd, `${header}\n`);
    for (let start = 0; start < rows; start += BATCH_ROWS) {
      const lines: string[] = [];
      for (let r = start; r < Math.min(rows, start + BATCH_ROWS); r++) lines.push(line(r));
      writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

export function writeCsv(log: SyntheticLog, path: string): void {
  writeBatches(path, columnNames().join(','), log.rows, (r) => rowCells(log, r).join(','));
}

/** Same values as the CSV; numbers as JSON numbers, missing as null, the flag as a boolean. */
export function writeJsonLines(log: SyntheticLog, path: string): void {
  const names = columnNames();
  const numberCount = log.numbers.length;
  writeBatches(path, '', log.rows, (r) => {
    const cells = rowCells(log, r);
    const parts = names.map((name, k) => {
      const isNumber = k >= 3 && k < 3 + numberCount;
      const isFlag = k === names.length - 1;
      const json = isNumber ? (cells[k] === '' ? 'null' : cells[k]) : isFlag ? cells[k] : JSON.stringify(cells[k]);
      return `"${name}":${json}`;
    });
    return `{${parts.join(',')}}`;
  });
}
