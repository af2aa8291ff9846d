import type { ColumnType, LogFormat } from '../protocol';

/** A pipeline as Sightline works with it: the manifest resolved against the file system. */
export interface Pipeline {
  name: string;
  description?: string;
  /** Absolute path of sightline.json, or of the single log file a pipeline was inferred from. */
  source: string;
  /** Folder that relative paths are resolved from. */
  dir: string;
  inferred: boolean;
  /** What Sightline guessed when it had no manifest, in words. */
  guesses: string[];
  stages: PipelineStage[];
  predictions?: PredictionColumns;
  labels?: LabelSource;
  reference?: Reference;
  runs?: RunsLog;
  engine: EngineName;
  /** Connection and tuning for a SQL engine; absent for the in-memory engine. */
  engineSettings?: EngineSettings;
}

/** Where statistics are computed: in memory, in an embedded DuckDB over the files, or in ClickHouse tables. */
export type EngineName = 'arquero' | 'duckdb' | 'clickhouse';

export interface EngineSettings {
  /** DuckDB: worker threads and memory limit ("4GB"); past the limit DuckDB spills to disk. */
  threads?: number;
  memoryLimit?: string;
  /** ClickHouse: HTTP endpoint such as http://127.0.0.1:8123, database, user. */
  url?: string;
  database?: string;
  user?: string;
  /** ClickHouse: the environment variable that holds the password (never the password itself). */
  passwordEnv?: string;
  /**
   * ClickHouse: every stage's table is sharded by the record key alike (one sharding expression
   * on one key type), so a key's rows of every stage live on one shard and joins by key run on
   * each shard. Wrong, silently, for tables sharded otherwise; hence opt-in.
   */
  shardedByKey?: boolean;
}

export interface PipelineStage {
  name: string;
  description?: string;
  /** Globs as written in the manifest. */
  patterns: string[];
  /** Absolute paths the globs matched, sorted. */
  files: string[];
  format?: LogFormat;
  /** ClickHouse: the table (often a Distributed table) holding this stage's rows, instead of files. */
  table?: string;
  key?: string;
  time?: string;
  columnTypes: Record<string, ColumnType>;
}

export interface PredictionColumns {
  stage: string;
  score?: string;
  class?: string;
  modelVersion?: string;
  /** The previous model version's score, logged in shadow after a rollout (NaN or empty where it did not score). */
  shadowScore?: string;
  /** ONNX model file (absolute path) by model version value. */
  models?: Record<string, string>;
}

export interface LabelSource {
  stage: string;
  column: string;
  time?: string;
  key?: string;
}

export type Reference =
  | { kind: 'range'; start: number; end: number }
  | { kind: 'files'; files: string[]; stage: string };

export interface RunsLog {
  files: string[];
  columns: {
    component: string;
    runId: string;
    start: string;
    end: string;
    codeVersion: string;
    inputs: string;
    outputs: string;
  };
}

export function findStage(pipeline: Pipeline, name: string): PipelineStage | undefined {
  return pipeline.stages.find((s) => s.name === name);
}
