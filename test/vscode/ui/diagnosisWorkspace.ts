import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
export const DIAGNOSIS_DAYS = 30;
/** Days 20 and 21: ingest loses `amount` for every third event (a null burst that reaches `scored`). */
export const NULL_DAYS = [20, 21];
/** From this day `scored` drops every other android event (record loss between the stages). */
export const DROP_DAY = 24;

/**
 * A two-stage keyed pipeline small enough to trace in a second: ingest -> scored (predictions and
 * labels in one stage). Planted: the null burst in ingest.amount (NULL_DAYS), android records
 * dropped from DROP_DAY, and a slice where the model errs: country FR & device android (error
 * about 0.6 against 0.1 elsewhere). Deterministic: no Math.random. Returns the folder.
 */
export function diagnosisWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sldiag-'));
  mkdirSync(join(dir, 'logs'));
  let state = 11;
  const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
  const ingest = ['event_id,event_time,amount,country,device'];
  const scored = ['event_id,event_time,amount,country,device,score,predicted,label'];
  for (let day = 0; day < DIAGNOSIS_DAYS; day++) {
    for (let i = 0; i < 48; i++) {
      const id = `e${day}-${i}`;
      const time = new Date(T0 + day * DAY + i * 1_800_000).toISOString();
      const amount = NULL_DAYS.includes(day) && i % 3 === 0 ? '' : (50 + 20 * (random() - 0.5)).toFixed(2);
      const country = ['US', 'DE', 'FR'][Math.floor(random() * 3)];
      const device = ['ios', 'android', 'web'][Math.floor(random() * 3)];
      ingest.push(`${id},${time},${amount},${country},${device}`);
      const label = random() < 0.4 ? 1 : 0;
      const wrong = random() < (country === 'FR' && device === 'android' ? 0.6 : 0.1);
      const predicted = wrong ? 1 - label : label;
      const score = predicted ? 0.5 + random() / 2 : random() / 2;
      if (day >= DROP_DAY && device === 'android' && i % 2 === 0) continue;
      scored.push(`${id},${time},${amount},${country},${device},${score.toFixed(3)},${predicted},${label}`);
    }
  }
  writeFileSync(join(dir, 'logs', 'ingest.csv'), ingest.join('\n') + '\n');
  writeFileSync(join(dir, 'logs', 'scored.csv'), scored.join('\n') + '\n');
  const manifest = {
    version: 1,
    name: 'diagnosis-fixture',
    key: 'event_id',
    time: 'event_time',
    stages: [
      { name: 'ingest', files: 'logs/ingest.csv' },
      { name: 'scored', files: 'logs/scored.csv' },
    ],
    predictions: { stage: 'scored', score: 'score', class: 'predicted' },
    labels: { stage: 'scored', column: 'label' },
  };
  writeFileSync(join(dir, 'sightline.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
