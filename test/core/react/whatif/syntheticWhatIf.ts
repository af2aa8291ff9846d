import { tempDir } from '../../../helpers/tempDir';

export const JAN = Date.UTC(2024, 0, 1);
export const FEB = Date.UTC(2024, 1, 1);
const H = 3_600_000;

/**
 * ingest -> predict -> feedback as CSV with a manifest, 16 records: r0..r7 in January served by
 * v1, r8..r15 in February by v2 with v1's score in shadow. Both decide at 0.5.
 * February: labels 1,1,1,1,0,0,0,0; v2 decides 1,1,0,0,1,0,0,0 (5/8 right); v1's shadow
 * decides 1,1,1,0,0,0,0,0 (7/8 right). January: v1 decides 1,1,1,1,0,0,0,1 against labels
 * 1,1,1,0,0,0,0,0 (6/8 right). state TX: r0, r1, r12, r13 (labels 1, 1, 0, 0). r3 has a second,
 * later label (1) that must lose to its earliest (0).
 */
export const LABELS = [1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0];
export const SCORES = [0.9, 0.8, 0.7, 0.6, 0.2, 0.1, 0.3, 0.55, 0.9, 0.8, 0.3, 0.2, 0.7, 0.1, 0.1, 0.1];
export const SHADOW = [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 0.9, 0.9, 0.9, 0.2, 0.1, 0.1, 0.1, 0.1];
export const STATES = ['TX', 'TX', 'CA', 'CA', 'NY', 'NY', 'CA', 'NY', 'CA', 'NY', 'CA', 'NY', 'TX', 'TX', 'CA', 'NY'];
export const DISTANCE = [100, 200, 300, 400, 500, 600, 700, 800, 150, 250, 350, 450, 550, 650, 750, 850];

export interface WhatIfFolderOptions {
  /** Leave the shadow column out of the manifest. */
  withoutShadow?: boolean;
}

export function syntheticWhatIfFolder(options: WhatIfFolderOptions = {}): { dir: string; manifest: string } {
  const dir = tempDir('sightline-whatif-');
  const ids = LABELS.map((_, i) => `r${i}`);
  const time = (i: number) => new Date((i < 8 ? JAN : FEB) + i * H).toISOString();
  const csv = (header: string[], rows: (string | number)[][]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  dir.write('logs/ingest.csv', csv(['id', 'ts', 'state', 'distance'], ids.map((id, i) => [id, time(i), STATES[i], DISTANCE[i]])));
  dir.write('logs/predict.csv', csv(['id', 'ts', 'score', 'cls', 'version', 'shadow'], ids.map((id, i) => [
    id, time(i), SCORES[i], SCORES[i] >= 0.5 ? 1 : 0, i < 8 ? 'v1' : 'v2', Number.isNaN(SHADOW[i]) ? '' : SHADOW[i],
  ])));
  const labelRows = ids.map((id, i) => [id, LABELS[i], new Date(Date.parse(time(i)) + 24 * H).toISOString()]);
  labelRows.push(['r3', 1, new Date(Date.parse(time(3)) + 48 * H).toISOString()]);
  dir.write('logs/feedback.csv', csv(['id', 'late', 'label_ts'], labelRows));
  const manifest = {
    version: 1,
    name: 'whatif-synthetic',
    key: 'id',
    time: 'ts',
    stages: [
      { name: 'ingest', files: 'logs/ingest.csv' },
      { name: 'predict', files: 'logs/predict.csv' },
      { name: 'feedback', files: 'logs/feedback.csv', time: 'label_ts' },
    ],
    predictions: { stage: 'predict', score: 'score', class: 'cls', modelVersion: 'version', ...(options.withoutShadow ? {} : { shadowScore: 'shadow' }) },
    labels: { stage: 'feedback', column: 'late', time: 'label_ts' },
  };
  return { dir: dir.dir, manifest: dir.write('sightline.json', JSON.stringify(manifest, null, 2)) };
}
