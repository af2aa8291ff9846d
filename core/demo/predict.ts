import type { FeatureOutput } from './features';
import type { Flights } from './loadFlights';
import type { LogisticModel } from './model';
import type { DemoTable } from './table';
import { columnNamed, demoTable } from './table';
import { fitLogistic, predictScores } from './model';
import { modelInputs, MODEL_INPUTS } from './modelInputs';
import { isLate } from './referenceEncodings';
import { bestF1Threshold } from './threshold';
import { TIMELINE } from './timeline';

export interface PredictOutput {
  table: DemoTable;
  models: LogisticModel[];
}

/** Trains a model on the feature rows whose event time falls in [start, end), threshold for F1. */
export function trainModel(version: string, flights: Flights, features: FeatureOutput, start: number, end: number): LogisticModel {
  const rows = rowsBetween(flights, features, start, end);
  const x = modelInputs(features, rows);
  const y = Float64Array.from(rows, (i) => (isLate(flights, features.flights[i]) ? 1 : 0));
  const model = fitLogistic(version, MODEL_INPUTS, x, y);
  return { ...model, threshold: bestF1Threshold(predictScores(model, x), y).threshold };
}

/**
 * Scores every feature row with v1 until the rollout and v2 after it; after the rollout v1
 * keeps scoring in shadow (shadow_score), so a rollback can be replayed from the logs.
 */
export function buildPredict(flights: Flights, features: FeatureOutput, v1: LogisticModel, v2: LogisticModel): PredictOutput {
  const n = features.flights.length;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const x = modelInputs(features, all);
  const s1 = predictScores(v1, x);
  const s2 = predictScores(v2, x);
  const score = new Float64Array(n);
  const shadow = new Float64Array(n);
  const predicted = new Float64Array(n);
  const version = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const after = flights.time[features.flights[i]] >= TIMELINE.rollout;
    const model = after ? v2 : v1;
    score[i] = after ? s2[i] : s1[i];
    shadow[i] = after ? s1[i] : NaN;
    predicted[i] = score[i] >= model.threshold ? 1 : 0;
    version[i] = model.version;
  }
  const table = demoTable([
    columnNamed(features.table, 'flight_id'),
    columnNamed(features.table, 'event_time'),
    { name: 'score', type: 'float', values: score },
    { name: 'predicted_late', type: 'bool', values: predicted },
    { name: 'model_version', type: 'string', values: version },
    { name: 'shadow_score', type: 'float', values: shadow },
  ]);
  return { table, models: [v1, v2] };
}

function rowsBetween(flights: Flights, features: FeatureOutput, start: number, end: number): Int32Array {
  const rows: number[] = [];
  features.flights.forEach((f, i) => {
    const t = flights.time[f];
    if (t >= start && t < end) rows.push(i);
  });
  return Int32Array.from(rows);
}
