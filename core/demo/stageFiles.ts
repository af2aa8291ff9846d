import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DemoTable } from './table';
import { groupRows, takeRows, timeValues } from './table';
import { monthKey } from './calendar';
import { encodeParquet } from './writeParquet';
import { encodeCsv, encodeJsonLines } from './writeText';

export type StageFormat = 'csv' | 'parquet' | 'jsonl';

export interface StageSpec {
  name: string;
  format: StageFormat;
  table: DemoTable;
  /** The time column that decides a row's monthly partition. */
  partitionBy: string;
}

/** Where a stage's rows for one month go, relative to the demo folder. */
export function stageFilePath(stage: string, format: StageFormat, month: string): string {
  return format === 'parquet' ? `logs/${stage}/month=${month}/part-0.parquet` : `logs/${stage}/${month}.${format}`;
}

/** Writes one file per month; returns the relative paths written. */
export async function writeStage(root: string, spec: StageSpec, signal?: AbortSignal): Promise<string[]> {
  const time = timeValues(spec.table, spec.partitionBy);
  const months = groupRows(spec.table.rows, (i) => monthKey(time[i]));
  const written: string[] = [];
  for (const [month, rows] of months) {
    signal?.throwIfAborted();
    const path = stageFilePath(spec.name, spec.format, month);
    const part = takeRows(spec.table, rows);
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), encode(spec.format, part));
    written.push(path);
  }
  return written;
}

function encode(format: StageFormat, table: DemoTable): Uint8Array | string {
  switch (format) {
    case 'parquet':
      return encodeParquet(table);
    case 'csv':
      return encodeCsv(table);
    case 'jsonl':
      return encodeJsonLines(table);
  }
}
