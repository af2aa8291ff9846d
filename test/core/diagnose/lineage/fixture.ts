import { tempDir } from '../../../helpers/tempDir';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2024, 2, 1, 10);
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A keyed four-stage pipeline: ingest (CSV) -> clean (JSON lines) -> predict (CSV), labels in
 * feedback (JSON lines), and a runs log. Planted: A1's country is nulled by clean, A2's amount
 * changes, A3 (no country) is dropped by clean, A4 has two clean rows, A1 has two labels.
 */
export function lineageWorkspace(options: { runs?: boolean; key?: boolean } = {}) {
  const t = tempDir('sightline-lineage-');
  t.write('logs/ingest.csv', [
    'id,ts,amount,country',
    `A1,${iso(T0)},10,NO`,
    `A2,${iso(T0 + HOUR)},20,SE`,
    `A3,${iso(T0 + 2 * HOUR)},30,`,
    `A4,${iso(T0 + 3 * HOUR)},40,NO`,
    `B5,${iso(T0 + 4 * HOUR)},50,SE`,
  ].join('\n') + '\n');
  t.write('logs/clean.jsonl', [
    { id: 'A1', ts: iso(T0), amount: 10, country: null, amount_eur: 1 },
    { id: 'A2', ts: iso(T0 + HOUR), amount: 25, country: 'SE', amount_eur: 2.5 },
    { id: 'A4', ts: iso(T0 + 3 * HOUR), amount: 40, country: 'NO', amount_eur: 4 },
    { id: 'A4', ts: iso(T0 + 3 * HOUR), amount: 41, country: 'NO', amount_eur: 4.1 },
    { id: 'B5', ts: iso(T0 + 4 * HOUR), amount: 50, country: 'SE', amount_eur: 5 },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  t.write('logs/predict.csv', [
    'id,ts,score,pred,model_version,shadow_score',
    `A1,${iso(T0)},0.8,true,v2,0.7`,
    `A2,${iso(T0 + HOUR)},0.3,false,v2,0.35`,
    `A4,${iso(T0 + 3 * HOUR)},0.6,true,v2,0.5`,
    `B5,${iso(T0 + 4 * HOUR)},0.1,false,v2,0.2`,
  ].join('\n') + '\n');
  t.write('logs/feedback.jsonl', [
    { id: 'A1', label_time: iso(T0 + 9 * HOUR), label: false },
    { id: 'A1', label_time: iso(T0 + 5 * HOUR), label: true },
    { id: 'A2', label_time: iso(T0 + 2 * HOUR), label: false },
    { id: 'A3', label_time: iso(T0 + 6 * HOUR), label: true },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  t.write('logs/runs.jsonl', [
    { component: 'ingest', run_id: 'ingest-1', start: iso(T0 - HOUR), end: iso(T0 + 10 * HOUR), code_version: 'ingest@1', inputs: ['feed'], outputs: ['logs/ingest.csv'] },
    { component: 'clean', run_id: 'clean-1', start: iso(T0 - HOUR / 2), end: iso(T0 + 1.5 * HOUR), code_version: 'clean@1', inputs: ['logs/ingest.csv'], outputs: ['logs/clean.jsonl'] },
    { component: 'clean', run_id: 'clean-2', start: iso(T0 + 2.5 * HOUR), end: iso(T0 + 6 * HOUR), code_version: 'clean@2', inputs: ['logs/ingest.csv'], outputs: ['logs/clean.jsonl'] },
    { component: 'predict', run_id: 'predict-1', start: iso(T0 + 24 * HOUR), end: iso(T0 + 25 * HOUR), code_version: 'predict@3', inputs: ['logs/clean.jsonl'], outputs: ['logs/predict.csv'] },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  t.write('sightline.json', JSON.stringify({
    version: 1,
    name: 'orders',
    ...(options.key === false ? {} : { key: 'id' }),
    time: 'ts',
    stages: [
      { name: 'ingest', files: 'logs/ingest.csv' },
      { name: 'clean', files: 'logs/clean.jsonl' },
      { name: 'predict', files: 'logs/predict.csv' },
      { name: 'feedback', files: 'logs/feedback.jsonl', time: 'label_time' },
    ],
    predictions: { stage: 'predict', score: 'score', class: 'pred', modelVersion: 'model_version' },
    labels: { stage: 'feedback', column: 'label', time: 'label_time' },
    ...(options.runs === false ? {} : { runs: { files: 'logs/runs.jsonl' } }),
  }));
  return t;
}
