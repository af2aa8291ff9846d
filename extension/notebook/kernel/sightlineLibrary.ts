import { isAbsolute, resolve } from 'node:path';
import type { DriftMethod, DriftResult, InspectResult, MonitorResult, OverviewResult, TimeBucketName, WhatIfAsk, WhatIfResult, WhatIfScope } from '../../../core/protocol';
import { RESULT_VERSION, resultMimeType } from '../../../core/protocol/results';
import type { Engine } from '../../../core/engine/engine';
import type { EngineName, Pipeline } from '../../../core/io/pipeline';
import type { LogTable } from '../../../core/io/logTable';
import type { PerformanceRowSource } from '../../../core/detect/performance/tableRows';
import type { ReadOptions } from '../../../core/io/readOptions';
import type { DataFrameLike } from '../../../core/io/fromDataFrame';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { readLogFile } from '../../../core/io/readLogFile';
import { guessRoles } from '../../../core/io/inferPipeline';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { EngineCache } from '../../../core/analysis/engineCache';
import { inspectPipeline } from '../../../core/inspect/inspect';
import { overviewPipeline } from '../../../core/inspect/overview';
import { monitorPipeline } from '../../../core/monitor/monitorPipeline';
import { tableRowSource } from '../../../core/detect/performance/tableRows';
import { detectDrift } from '../../../core/detect/drift';
import { driftInput, type DriftSide } from './driftSides';
import { diagnoseLibrary, type DiagnoseLibrary } from './diagnoseCells';
import { runAnalysis } from '../../../core/analysis/runAnalysis';

/** A pipeline path (sightline.json, its folder, one log file) or a table already in memory. */
export type Target = string | LogTable;

export interface AnalysisOptions {
  /** Name of the one-stage pipeline made from an in-memory table. */
  name?: string;
  bucket?: TimeBucketName;
}

export interface MonitorOptions extends AnalysisOptions {
  /** false skips the performance series and its bootstrap (data quality only, faster). */
  performance?: boolean;
}

export interface DriftCellOptions {
  /** Columns to compare (default: every column both sides have, except time columns). */
  columns?: string[];
  /** Use this test or distance instead of the default where it applies. */
  method?: DriftMethod;
  /** Significance level for the Benjamini-Hochberg adjusted p-values (default 0.05). */
  level?: number;
}

type Opened = { pipeline: Pipeline; engine: Engine; tables: ReadonlyMap<string, LogTable>; rows: PerformanceRowSource };

/** What cells see as `sightline`: the core library, with paths relative to the notebook. */
export interface SightlineLibrary extends DiagnoseLibrary {
  readonly resultVersion: number;
  open(target: Target, options?: AnalysisOptions): Promise<{ pipeline: Pipeline; engine: Engine }>;
  inspect(target: Target, options?: AnalysisOptions): Promise<InspectResult>;
  overview(target: Target, options?: AnalysisOptions): Promise<OverviewResult>;
  /** Window-by-window monitoring of every timed stage, with performance when labels are logged. */
  monitor(target: Target, options?: MonitorOptions): Promise<MonitorResult>;
  /** Column drift of `current` against `reference`: log file paths, tables, or `{ target, stage, start?, end? }`. */
  drift(reference: DriftSide, current: DriftSide, options?: DriftCellOptions): Promise<DriftResult>;
  /**
   * Simulates a remediation on the pipeline's logged records and backtests it out of sample, e.g.
   * `await sightline.whatif(manifest, { kind: 'threshold', objective: { kind: 'f1' } }, { replicates: 200 })`.
   */
  whatif(target: string, ask: WhatIfAsk, scope?: WhatIfScope): Promise<WhatIfResult>;
  fromDataFrame(frame: DataFrameLike, source?: string): LogTable;
  readLogFile(path: string, options?: ReadOptions): Promise<LogTable>;
  resultMimeType: typeof resultMimeType;
}

/** `engine` overrides the engine each manifest names, as the sightline.engine setting does. */
export function createSightlineLibrary(baseDir: string, engine?: EngineName): SightlineLibrary {
  // Loaded pipelines stay between cells while their files are unchanged.
  const cache = new EngineCache({ engine });
  const path = (target: string) => (isAbsolute(target) ? target : resolve(baseDir, target));
  const open = async (target: Target, options: AnalysisOptions = {}): Promise<Opened> =>
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
    async monitor(target, options) {
      const opened = await open(target, options);
      const rows = options?.performance === false ? undefined : opened.rows;
      return monitorPipeline(opened.pipeline, opened.engine, { bucket: options?.bucket, rows });
    },
    async drift(reference, current, options = {}) {
      const openPath = (target: string) => cache.open(target);
      const sides = [await driftInput(reference, openPath, path), await driftInput(current, openPath, path)] as const;
      return detectDrift(sides[0], sides[1], { columns: options.columns, method: options.method, level: options.level });
    },
    ...diagnoseLibrary(path, cache),
    async whatif(target, ask, scope) {
      // The same request the worker answers for the panel, so a cell and the panel agree.
      const response = await runAnalysis({ kind: 'whatif', target: path(target), ask, ...(scope ? { scope } : {}) }, cache);
      if (response?.kind !== 'result' || response.result.kind !== 'whatif') throw new Error('the what-if analysis returned no what-if result');
      return response.result;
    },
    fromDataFrame,
    readLogFile: (file, options) => readLogFile(path(file), options),
    resultMimeType,
  };
}

/** A table from a cell as a one-stage pipeline, its column roles guessed as for a lone file. */
function openTable(table: LogTable, name: string, dir: string): Opened {
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
  const tables = new Map([[name, table]]);
  return { pipeline: guessRoles(pipeline, table.columns), engine: new ArqueroEngine(tables), tables, rows: tableRowSource(tables) };
}
