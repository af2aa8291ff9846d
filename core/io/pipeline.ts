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
  engine: 'arquero';
}

export interface PipelineStage {
  name: string;
  description?: string;
  /** Globs as written in the manifest. */
  patterns: string[];
  /** Absolute paths the globs matched, sorted. */
  files: string[];
  format?: LogFormat;
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
