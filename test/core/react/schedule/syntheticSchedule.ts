import { tempDir } from '../../../helpers/tempDir';

export const DAY = 86_400_000;
export const START = Date.UTC(2026, 0, 1);

export interface DecayLog {
  /** Days each version serves, in order (v1 first). */
  daysPerVersion: number[];
  /** Labeled records per day. */
  perDay: number;
  /** Accuracy at age 0 and its fall per day of age. */
  start: number;
  slope: number;
}

/**
 * Versions served back to back, each with accuracy start − slope·age on every day: each day
 * has `perDay` labeled records of which round(perDay · accuracy) are decided right.
 */
export function decayRecords(log: DecayLog): { times: number[]; decisions: number[]; labels: number[]; versions: string[]; scores: number[] } {
  const times: number[] = [];
  const decisions: number[] = [];
  const labels: number[] = [];
  const versions: string[] = [];
  let day = 0;
  log.daysPerVersion.forEach((days, v) => {
    for (let age = 0; age < days; age++, day++) {
      const right = Math.round(log.perDay * (log.start - log.slope * age));
      for (let r = 0; r < log.perDay; r++) {
        const label = r % 2;
        times.push(START + day * DAY + 12 * 3_600_000 + r);
        labels.push(label);
        decisions.push(r < right ? label : 1 - label);
        versions.push(`v${v + 1}`);
      }
    }
  });
  const scores = decisions.map((d) => (d === 1 ? 0.8 : 0.2));
  return { times, decisions, labels, versions, scores };
}

/** The same log as a pipeline folder: one predict stage (score, class, version) and a feedback stage. */
export function decayFolder(log: DecayLog): string {
  const records = decayRecords(log);
  const dir = tempDir('sightline-schedule-');
  const iso = (t: number) => new Date(t).toISOString();
  const predict = ['id,ts,score,cls,version', ...records.times.map((t, i) => `r${i},${iso(t)},${records.scores[i]},${records.decisions[i]},${records.versions[i]}`)];
  const feedback = ['id,label,label_ts', ...records.times.map((t, i) => `r${i},${records.labels[i]},${iso(t + DAY)}`)];
  dir.write('logs/predict.csv', predict.join('\n') + '\n');
  dir.write('logs/feedback.csv', feedback.join('\n') + '\n');
  const manifest = {
    version: 1,
    name: 'schedule-synthetic',
    key: 'id',
    time: 'ts',
    stages: [
      { name: 'predict', files: 'logs/predict.csv' },
      { name: 'feedback', files: 'logs/feedback.csv', time: 'label_ts' },
    ],
    predictions: { stage: 'predict', score: 'score', class: 'cls', modelVersion: 'version' },
    labels: { stage: 'feedback', column: 'label', time: 'label_ts' },
  };
  dir.write('sightline.json', JSON.stringify(manifest, null, 2));
  return dir.dir;
}
