import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/**
 * A one-stage pipeline small enough to monitor in a second: 40 days of 48 events with a null
 * burst in `amount` on days 30-31, `amount` shifted up from day 34 (out of range), and no
 * labels from day 36 (so performance is estimated there). Deterministic: no Math.random.
 */
export function detectionWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sldet-'));
  mkdirSync(join(dir, 'logs'));
  let state = 7;
  const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
  const rows = ['event_id,event_time,amount,country,score,label'];
  for (let day = 0; day < 40; day++) {
    for (let i = 0; i < 48; i++) {
      const time = new Date(T0 + day * DAY + i * 1_800_000).toISOString();
      const burst = day >= 30 && day <= 31 && i % 3 === 0;
      const amount = burst ? '' : (50 + 20 * (random() - 0.5) + (day >= 34 ? 15 : 0)).toFixed(2);
      const country = ['US', 'DE', 'FR'][Math.floor(random() * 3)];
      const score = random();
      const label = day >= 36 ? '' : String(random() < score ? 1 : 0);
      rows.push(`e${day}-${i},${time},${amount},${country},${score.toFixed(3)},${label}`);
    }
  }
  writeFileSync(join(dir, 'logs', 'events.csv'), rows.join('\n') + '\n');
  const manifest = {
    version: 1,
    name: 'detection-fixture',
    key: 'event_id',
    time: 'event_time',
    stages: [{ name: 'events', files: 'logs/events.csv' }],
    predictions: { stage: 'events', score: 'score' },
    labels: { stage: 'events', column: 'label' },
  };
  writeFileSync(join(dir, 'sightline.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
