import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { Side } from '../backtest/metrics';
import { SightlineInputError } from '../../io/errors';
import { outcome } from '../../detect/performance/tableRows';
import { repairColumn, repairStage } from './stageColumnAt';

/** The logged score and 0/1 decision of each touched record (`touched` indexes `rows` of the predictions stage). */
export function loggedPredictions(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, rows: Int32Array, touched: Int32Array): Side {
  const predictions = pipeline.predictions;
  if (!predictions?.score || !predictions.class) {
    throw new SightlineInputError('repair.no-score', `${pipeline.source} does not name the predictions' ${predictions?.score ? 'class' : 'score'} column, so the logged decisions cannot be compared`, {
      file: pipeline.source,
      hint: 'Name "score" and "class" under "predictions" in sightline.json.',
    });
  }
  const { table } = repairStage(pipeline, tables, predictions.stage);
  const score = repairColumn(predictions.stage, table, predictions.score);
  const decisions = outcome(repairColumn(predictions.stage, table, predictions.class), undefined);
  const scoreAt = (row: number): number => (score.type === 'category' ? NaN : score.values[row]);
  return {
    scores: Float64Array.from(touched, (i) => scoreAt(rows[i])),
    decisions: Float64Array.from(touched, (i) => decisions[rows[i]]),
  };
}
