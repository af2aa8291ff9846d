import { onnxModelPath } from './writeModels';

export const DEMO_NAME = 'flights-demo';
/** The model versions the demo trains; v2 serves from the rollout with v1 in shadow. */
export const DEMO_MODEL_VERSIONS = ['v1', 'v2'];

export interface DemoManifestStage {
  name: string;
  files: string;
  description?: string;
  time?: string;
  key?: string;
}

/** The pipeline manifest (sightline.json) of the demo, in the shape of schemas/sightline.schema.json. */
export function demoManifest(sample: string): Record<string, unknown> {
  const stages: DemoManifestStage[] = [
    { name: 'ingest', files: 'logs/ingest/*.csv', description: 'Flight records as received from the upstream feed (CSV, one file a month).' },
    { name: 'clean', files: 'logs/clean/**/*.parquet', description: 'Airport join (inner: unknown or missing airports are dropped) and unit normalization.' },
    { name: 'features', files: 'logs/features/**/*.parquet', description: 'Model features; prior delay rates are January target encodings.' },
    { name: 'predict', files: 'logs/predict/**/*.parquet', description: 'P(arrival > 15 min late) from a logistic regression; v2 from 2001-04-01 with v1 in shadow.' },
    { name: 'feedback', files: 'logs/feedback/*.jsonl', time: 'label_time', description: 'Late labels as they arrive from the airlines (JSON lines, one file per month of arrival).' },
  ];
  return {
    $schema: 'https://sightline.dev/schemas/sightline.schema.json',
    version: 1,
    name: DEMO_NAME,
    description:
      `Flight delay prediction on real US flights, 2001-01-01..2001-06-30 (vega-datasets flights-3m, ${sample}), ` +
      'with real drift and planted incidents documented in incidents.json.',
    key: 'flight_id',
    time: 'event_time',
    stages,
    predictions: {
      stage: 'predict',
      score: 'score',
      class: 'predicted_late',
      modelVersion: 'model_version',
      shadowScore: 'shadow_score',
      models: Object.fromEntries(DEMO_MODEL_VERSIONS.map((v) => [v, onnxModelPath(v)])),
    },
    labels: { stage: 'feedback', column: 'late', time: 'label_time' },
    reference: { start: '2001-01-01', end: '2001-02-01' },
    runs: {
      files: 'logs/runs.jsonl',
      component: 'component',
      runId: 'run_id',
      start: 'start',
      end: 'end',
      codeVersion: 'code_version',
      inputs: 'inputs',
      outputs: 'outputs',
    },
  };
}
