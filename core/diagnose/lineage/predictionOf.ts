import type { PredictionColumns } from '../../io/pipeline';
import type { LineagePrediction, LineageStage } from '../../protocol';

const SHADOW = /shadow/i;

/** The record's prediction from its first row in the prediction stage, or undefined when it has none. */
export function predictionOf(columns: PredictionColumns, stage: LineageStage | undefined): LineagePrediction | undefined {
  const row = stage?.rows[0];
  if (!stage || !row) return undefined;
  const pick = (name: string | undefined) => (name !== undefined && name in row.values ? row.values[name] : undefined);
  const prediction: LineagePrediction = {
    stage: stage.stage,
    rows: stage.rows.length,
    shadow: Object.entries(row.values).filter(([column]) => SHADOW.test(column)).map(([column, value]) => ({ column, value })),
  };
  if (row.time !== undefined) prediction.time = row.time;
  const score = pick(columns.score);
  const predictedClass = pick(columns.class);
  const modelVersion = pick(columns.modelVersion);
  if (score !== undefined) prediction.score = score;
  if (predictedClass !== undefined) prediction.class = predictedClass;
  if (modelVersion !== undefined) prediction.modelVersion = modelVersion;
  return prediction;
}
