import type { LogTable } from './logTable';
import type { PipelineStage } from './pipeline';
import type { ReadOptions } from './readOptions';
import { readLogFile } from './readLogFile';
import { concatTables } from './concatTables';

export interface StageLoadOptions extends ReadOptions {
  /** Called after each file with the files done so far. */
  onFile?: (stage: string, done: number, total: number) => void;
}

/** Reads every file of a stage and stacks them into one table. */
export async function loadStage(stage: PipelineStage, options: StageLoadOptions = {}): Promise<LogTable> {
  const timeColumns = [stage.time, ...Object.entries(stage.columnTypes).filter(([, t]) => t === 'time').map(([c]) => c)]
    .filter((c): c is string => !!c);
  const tables: LogTable[] = [];
  for (const file of stage.files) {
    options.signal?.throwIfAborted();
    tables.push(await readLogFile(file, { ...options, format: stage.format, types: stage.columnTypes, timeColumns }));
    options.onFile?.(stage.name, tables.length, stage.files.length);
  }
  return concatTables(tables);
}
