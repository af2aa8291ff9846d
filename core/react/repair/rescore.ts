import type { Column, LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { OnnxScorer } from '../model/onnxScorer';
import type { ReplacementRule } from './replacementRule';
import { SightlineInputError } from '../../io/errors';
import { loadOnnxScorer } from '../model/onnxScorer';
import { modelInputColumns } from '../model/modelInputColumns';
import { applyRule } from './replacementRule';

/** Scores of the touched records (in their order), with their logged inputs and with the repair. */
export interface Rescored {
  /** The model's score of the inputs as logged: checks the file against the logged scores. */
  logged: Float64Array;
  repaired: Float64Array;
  decisions: Float64Array;
  /** The model file and threshold used per model version. */
  models: Record<string, { file: string; threshold: number }>;
}

export interface RescoreInput {
  pipeline: Pipeline;
  /** The joined prediction rows (pipelineSliceTable): every model input is a column of it. */
  table: LogTable;
  column: string;
  /** Indices into `table` of the touched records. */
  touched: Int32Array;
  rule: ReplacementRule;
  /** One ONNX file for every record instead of each version's model from the manifest. */
  model?: string;
  signal?: AbortSignal;
}

/** The key of the one model of a repair re-scored with `model`, in `Rescored.models`. */
export const EVERY_VERSION = 'every version';

/** Re-scores each touched record with the ONNX model of its model version. */
export async function rescore(input: RescoreInput): Promise<Rescored> {
  const n = input.touched.length;
  const out: Rescored = { logged: new Float64Array(n).fill(NaN), repaired: new Float64Array(n).fill(NaN), decisions: new Float64Array(n).fill(NaN), models: {} };
  const groups = input.model ? new Map([[EVERY_VERSION, Array.from(input.touched, (_, k) => k)]]) : byVersion(input);
  for (const [version, positions] of groups) {
    const scorer = input.model ? await loadOnnxScorer(input.model) : await loadVersionModel(input.pipeline, version);
    try {
      const threshold = checkScorer(scorer, input.column, version);
      const rows = Int32Array.from(positions, (k) => input.touched[k]);
      const columns = modelInputColumns(input.table, scorer.inputs, scorer.file).map((c) => pick(c, rows));
      const logged = await scorer.score(columns, { signal: input.signal });
      const j = scorer.inputs.indexOf(input.column);
      const repairedColumns = columns.map((c, i) => (i === j ? applyRule(input.rule, c, rows) : c));
      const repaired = await scorer.score(repairedColumns, { signal: input.signal });
      positions.forEach((k, i) => {
        out.logged[k] = logged[i];
        out.repaired[k] = repaired[i];
        out.decisions[k] = Number.isNaN(repaired[i]) ? NaN : repaired[i] >= threshold ? 1 : 0;
      });
      out.models[version] = { file: scorer.file, threshold };
    } finally {
      await scorer.release();
    }
  }
  return out;
}

/** Positions (into `touched`) by model version; one version when the manifest names one model and no version column. */
function byVersion(input: RescoreInput): Map<string, number[]> {
  const predictions = input.pipeline.predictions;
  const models = Object.keys(predictions?.models ?? {});
  const versionName = predictions?.modelVersion;
  const column = versionName ? input.table.columns.find((c) => c.name === versionName) : undefined;
  const groups = new Map<string, number[]>();
  if (!column) {
    if (models.length !== 1) {
      throw new SightlineInputError('repair.no-model-version', `${input.pipeline.source} names ${models.length} models but no model version column, so a record's model is unknown`, {
        file: input.pipeline.source,
        hint: 'Name the version column with "predictions.modelVersion" in sightline.json, or list one model under "predictions.models".',
      });
    }
    groups.set(models[0], Array.from(input.touched, (_, k) => k));
    return groups;
  }
  input.touched.forEach((row, k) => {
    const version = versionOf(column, row);
    if (version === null) return;
    let list = groups.get(version);
    if (!list) groups.set(version, (list = []));
    list.push(k);
  });
  return groups;
}

function versionOf(column: Column, row: number): string | null {
  if (column.type === 'category') return column.codes[row] < 0 ? null : column.dictionary[column.codes[row]];
  return Number.isNaN(column.values[row]) ? null : String(column.values[row]);
}

async function loadVersionModel(pipeline: Pipeline, version: string): Promise<OnnxScorer> {
  const file = pipeline.predictions?.models?.[version];
  if (!file) throw noModel(pipeline, version);
  try {
    return await loadOnnxScorer(file);
  } catch (error) {
    if (error instanceof SightlineInputError && error.code === 'model.not-found') {
      throw new SightlineInputError('repair.model-not-found', `the model of version "${version}" (predictions.models.${version} in ${pipeline.source}) is not there: ${file}`, {
        file,
        hint: `Fix the path under "predictions.models" in sightline.json, or restore the file.`,
      });
    }
    throw error;
  }
}

function noModel(pipeline: Pipeline, version: string): SightlineInputError {
  return new SightlineInputError('repair.no-model', `no ONNX model for model version "${version}": predictions.models in ${pipeline.source} does not name one`, {
    file: pipeline.source,
    hint: `Add "${version}": "<path to the .onnx file>" under "predictions.models" in sightline.json.`,
  });
}

function checkScorer(scorer: OnnxScorer, column: string, version: string): number {
  if (!scorer.inputs.includes(column)) {
    throw new SightlineInputError('repair.not-model-input', `the model of version "${version}" (${scorer.file}) does not read "${column}", so repairing it cannot change its scores`, {
      file: scorer.file,
      column,
      hint: `The model reads ${scorer.inputs.join(', ')}.`,
    });
  }
  if (scorer.threshold === undefined) {
    throw new SightlineInputError('repair.no-threshold', `the model ${scorer.file} has no decision threshold in its metadata, so its re-scored decisions are unknown`, {
      file: scorer.file,
      hint: 'Write the threshold into the model metadata entry "sightline.threshold" when you export it.',
    });
  }
  return scorer.threshold;
}

function pick(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}
