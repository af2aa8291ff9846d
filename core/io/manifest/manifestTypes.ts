import type { ColumnType, LogFormat } from '../../protocol';
import type { EngineName, EngineSettings } from '../pipeline';

/** sightline.json as written; schemas/sightline.schema.json is the authority on its shape. */
export interface Manifest {
  version: 1;
  name: string;
  description?: string;
  key?: string;
  time?: string;
  engine?: EngineName | ({ kind: EngineName } & EngineSettings);
  stages: ManifestStage[];
  predictions?: { stage: string; score?: string; class?: string; modelVersion?: string; shadowScore?: string; models?: Record<string, string> };
  labels?: { stage: string; column: string; time?: string; key?: string };
  reference?: { start: string; end: string } | { files: string | string[]; stage?: string };
  runs?: {
    files: string | string[];
    component?: string;
    runId?: string;
    start?: string;
    end?: string;
    codeVersion?: string;
    inputs?: string;
    outputs?: string;
  };
}

export interface ManifestStage {
  name: string;
  description?: string;
  files?: string | string[];
  table?: string;
  format?: LogFormat;
  key?: string;
  time?: string;
  columns?: Record<string, ColumnType>;
}
