import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAnalysis } from '../../../core/analysis/runAnalysis';
import { EngineCache } from '../../../core/analysis/engineCache';
import { tempDir } from '../../helpers/tempDir';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/** 20 days of 40 rows; from day 15 `x` is shifted far out of its earlier range. */
function workspace() {
  const t = tempDir();
  const lines = ['id,ts,x,cat'];
  let id = 0;
  for (let day = 0; day < 20; day++) {
    for (let i = 0; i < 40; i++) {
      const x = (i % 10) + (day >= 15 ? 50 : 0);
      lines.push(`${id++},${new Date(T0 + day * DAY + i * 60_000).toISOString()},${x},${['a', 'b'][i % 2]}`);
    }
  }
  t.write('logs/s.csv', `${lines.join('\n')}\n`);
  const manifest = t.write(
    'sightline.json',
    JSON.stringify({ version: 1, name: 'p', key: 'id', time: 'ts', stages: [{ name: 's', files: 'logs/*.csv' }], reference: { start: '2024-01-01', end: '2024-01-08' } }),
  );
  return { ...t, manifest };
}

test('monitor without performance: windows, the reference range and an alert for the shift', async () => {
  const w = workspace();
  const response = await runAnalysis({ kind: 'monitor', target: w.manifest, bucket: 'day', performance: false }, new EngineCache());
  assert.ok(response.kind === 'result' && response.result.kind === 'monitor');
  const result = response.result;
  assert.equal(result.windows.length, 20);
  assert.deepEqual([result.reference.source, result.reference.start], ['range', T0]);
  assert.equal(result.performance, undefined);
  assert.ok(result.alerts.some((a) => a.stage === 's' && a.column === 'x' && a.onset === T0 + 15 * DAY), JSON.stringify(result.alerts.map((a) => [a.kind, a.column, a.onset])));
});

test('distribution: the reference week beside one window, on the reference bins', async () => {
  const w = workspace();
  const response = await runAnalysis({ kind: 'distribution', target: w.manifest, stage: 's', column: 'x', start: T0 + 16 * DAY, end: T0 + 17 * DAY }, new EngineCache());
  assert.ok(response.kind === 'distribution');
  const d = response.distribution;
  assert.equal(d.reference.rows, 7 * 40);
  assert.equal(d.current.rows, 40);
  assert.equal(d.current.counts[d.bins.findIndex((b) => b.startsWith('>'))], 40, `bins ${d.bins}`);
});

test('drift: a stage range against another, both from the same loaded pipeline', async () => {
  const w = workspace();
  const cache = new EngineCache();
  const response = await runAnalysis(
    {
      kind: 'drift',
      reference: { target: w.manifest, stage: 's', start: T0, end: T0 + 7 * DAY },
      current: { target: w.manifest, stage: 's', start: T0 + 15 * DAY, end: T0 + 20 * DAY },
      columns: ['x', 'cat'],
    },
    cache,
  );
  assert.ok(response.kind === 'result' && response.result.kind === 'drift');
  const byColumn = Object.fromEntries(response.result.columns.map((c) => [c.column, c.drifted]));
  assert.deepEqual(byColumn, { x: true, cat: false });
});
