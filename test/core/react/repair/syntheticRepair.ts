import type { LogTable } from '../../../../core/io/logTable';
import type { Pipeline } from '../../../../core/io/pipeline';
import { fromDataFrame } from '../../../../core/io/fromDataFrame';
import { encodeLogisticOnnx } from '../../../../core/react/model/onnxWriter';
import { tempDir } from '../../../helpers/tempDir';

export const JAN = Date.UTC(2024, 0, 1);
export const FEB = Date.UTC(2024, 1, 1);
const H = 3_600_000;

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * clean -> features -> predict -> feedback, 8 records: r0..r3 in January (the reference), r4..r7
 * in February. The model is score = sigmoid(x), positive at 0.5. clean logs the true x; features
 * logs x negated for February's "south" records (r4..r6) and 10 for r7 (true -2), so every
 * February decision is wrong. Reference features.x: [-5, -1, 2, 3] (median 0.5, mean -0.25).
 */
export const TRUE_X = [-5, -1, 2, 3, 2, 2, -2, -2];
export const LOGGED_X = [-5, -1, 2, 3, -2, -2, 2, 10];
export const LABELS = [0, 0, 1, 1, 1, 1, 0, 0];

export interface SyntheticOptions {
  /** Leave x out of clean (no upstream value). */
  cleanWithoutX?: boolean;
  /** The model file per version; default: the written model as v1. */
  models?: (file: string) => Record<string, string>;
  versions?: string[];
}

export function syntheticRepairPipeline(options: SyntheticOptions = {}): { pipeline: Pipeline; tables: Map<string, LogTable> } {
  const ids = TRUE_X.map((_, i) => `r${i}`);
  const ts = ids.map((_, i) => new Date((i < 4 ? JAN : FEB) + i * H));
  const region = ids.map((_, i) => (i < 4 ? 'north' : 'south'));
  const clean = fromDataFrame(options.cleanWithoutX ? { id: ids, ts, region } : { id: ids, ts, region, x: TRUE_X });
  const features = fromDataFrame({ id: ids, ts, x: LOGGED_X });
  const scores = LOGGED_X.map(sigmoid);
  const predict = fromDataFrame({
    id: ids,
    ts,
    score: scores,
    cls: scores.map((s) => s >= 0.5),
    version: options.versions ?? ids.map(() => 'v1'),
  });
  const feedback = fromDataFrame({ id: ids, late: LABELS.map((y) => y === 1), label_ts: ts.map((t) => new Date(t.getTime() + 24 * H)) });
  const dir = tempDir('sightline-repair-');
  const file = dir.write('models/v1.onnx', encodeLogisticOnnx({ inputs: ['x'], mean: [0], scale: [1], weights: [1], intercept: 0, threshold: 0.5, version: 'v1' }));
  const stage = (name: string, time: string) => ({ name, patterns: [], files: [], key: 'id', time, columnTypes: {} });
  const pipeline: Pipeline = {
    name: 'repair',
    source: `${dir.dir}/sightline.json`,
    dir: dir.dir,
    inferred: false,
    guesses: [],
    stages: [stage('clean', 'ts'), stage('features', 'ts'), stage('predict', 'ts'), stage('feedback', 'label_ts')],
    predictions: { stage: 'predict', score: 'score', class: 'cls', modelVersion: 'version', models: options.models ? options.models(file) : { v1: file } },
    labels: { stage: 'feedback', column: 'late', time: 'label_ts', key: 'id' },
    reference: { kind: 'range', start: JAN, end: FEB },
    engine: 'arquero',
  };
  const tables = new Map([
    ['clean', clean],
    ['features', features],
    ['predict', predict],
    ['feedback', feedback],
  ]);
  return { pipeline, tables };
}
