import { isAbsolute, resolve } from 'node:path';
import type { InspectResult, OverviewResult, TimeBucketName } from '../../../core/protocol';
import { RESULT_VERSION, resultMimeType } from '../../../core/protocol/results';
import type { Engine } from '../../../core/engine/engine';
import type { Pipeline } from '../../../core/io/pipeline';
import type { LogTable } from '../../../core/io/logTable';
import type { ReadOptions } from '../../../core/io/readOptions';
import type { DataFrameLike } from '../../../core/io/fromDataFrame';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { readLogFile } from '../../../core/io/readLogFile';
import { guessRoles } from '../../../core/io/inferPipeline';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { EngineCache } from '../../../core/analysis/engineCache';
import { inspectPipeline } from '../../../core/inspect/inspect';
import { overviewPipeline } from '../../../core/inspect/overview';

/** A pipeline path (sightline.json, its folder, one log file) or a table already in memory. */
export type Target = string | LogTable;

export interface AnalysisOptions {
  /** Name of the one-stage pipeline made from an in-memory table. */
  name?: string;
  bucket?: TimeBucketName;
}

/** What cells see as `sightline`: the core library, with paths relative to the notebook. */
export interface SightlineLibrary {
  readonly resultVersion: number;
  open(target: Target, options?: AnalysisOptions): Promise<{ pipeline: Pipeline; engine: Engine }>;
  inspect(target: Target, options?: AnalysisOptions): Promise<InspectResult>;
  overview(target: Target, options?: AnalysisOptions): Promise<OverviewResult>;
  fromDataFrame(frame: DataFrameLike, source?: string): LogTable;
  readLogFile(path: string, options?: ReadOptions): Promise<LogTable>;
  resultMimeType: typeof resultMimeType;
}

export function createSightlineLibrary(baseDir: string): SightlineLibrary {
  // Loaded pipelines stay between cells while their files are unchanged.
  const cache = new EngineCache();
  const path = (target: string) => (isAbsolute(target) ? target : resolve(baseDir, target));
  const open = async (target: Target, options: AnalysisOptions = {}) =>
    typeof target === 'string' ? cache.open(path(target)) : openTable(target, options.name ?? 'data frame', baseDir);
  return {
    resultVersion: RESULT_VERSION,
    open,
    async inspect(target, options) {
      const { pipeline, engine } = await open(target, options);
      return inspectPipeline(pipeline, engine);
    },
    async overview(target, options) {
      const { pipeline, engine } = await open(target, options);
      return overviewPipeline(pipeline, engine, options?.bucket);
    },
    fromDataFrame,
    readLogFile: (file, options) => readLogFile(path(file), options),
    resultMimeType,
  };
}

/** A table from a cell as a one-stage pipeline, its column roles guessed as for a lone file. */
function openTable(table: LogTable, name: string, dir: string): { pipeline: Pipeline; engine: Engine } {
  if (!Array.isArray(table?.columns)) {
    throw new TypeError('expected a path or a table from sightline.fromDataFrame / sightline.readLogFile');
  }
  const pipeline: Pipeline = {
    name,
    source: `${name} (in memory)`,
    dir,
    inferred: true,
    guesses: [`a table from the notebook, read as a one-stage pipeline named "${name}"`],
    stages: [{ name, patterns: [], files: [], columnTypes: {} }],
    engine: 'arquero',
  };
  return { pipeline: guessRoles(pipeline, table.columns), engine: new ArqueroEngine(new Map([[name, table]])) };
}
