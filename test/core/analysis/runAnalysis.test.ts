import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utimesSync } from 'node:fs';
import { runAnalysis } from '../../../core/analysis/runAnalysis';
import { EngineCache } from '../../../core/analysis/engineCache';
import { niceEdges } from '../../../core/stats/niceEdges';
import { tempDir } from '../../helpers/tempDir';

function workspace() {
  const t = tempDir();
  t.write('logs/a.csv', 'id,ts,score\n1,2024-01-01T00:00:00Z,0.5\n2,2024-01-02T00:00:00Z,\n');
  const manifest = t.write('sightline.json', JSON.stringify({ version: 1, name: 'p', key: 'id', time: 'ts', stages: [{ name: 's', files: 'logs/*.csv' }] }));
  return { ...t, manifest };
}

test('runAnalysis answers inspect and overview with versioned results and reports progress', async () => {
  const w = workspace();
  const cache = new EngineCache();
  const progress: string[] = [];
  const inspect = await runAnalysis({ kind: 'inspect', target: w.manifest }, cache, { onProgress: (p) => progress.push(p.message) });
  assert.equal(inspect.kind, 'result');
  assert.ok(inspect.kind === 'result' && inspect.result.kind === 'inspect');
  assert.ok(progress.some((m) => m.includes('reading stage s')));
  const overview = await runAnalysis({ kind: 'overview', target: w.manifest, bucket: 'day' }, cache);
  assert.ok(overview.kind === 'result' && overview.result.kind === 'overview');
  if (overview.kind === 'result' && overview.result.kind === 'overview') {
    assert.deepEqual(overview.result.volume[0].counts, [1, 1]);
    assert.equal(overview.result.bucket, 'day');
  }
});

test('the engine cache reuses a loaded pipeline until one of its files changes', async () => {
  const w = workspace();
  const cache = new EngineCache();
  const first = await cache.open(w.manifest);
  assert.equal(await cache.open(w.manifest), first, 'same files: same engine');
  w.write('logs/a.csv', 'id,ts,score\n1,2024-01-01T00:00:00Z,0.5\n2,2024-01-02T00:00:00Z,0.1\n3,2024-01-03T00:00:00Z,0.2\n');
  const later = new Date(Date.now() + 5000);
  utimesSync(`${w.dir}/logs/a.csv`, later, later);
  const second = await cache.open(w.manifest);
  assert.notEqual(second, first, 'a changed file reloads');
  assert.equal(await second.engine.rowCount('s'), 3);
});

test('logSummary and logPage read a file once and page it', async () => {
  const w = workspace();
  const cache = new EngineCache();
  const file = `${w.dir}/logs/a.csv`;
  const summary = await runAnalysis({ kind: 'logSummary', file }, cache);
  assert.ok(summary.kind === 'logSummary');
  if (summary.kind === 'logSummary') {
    assert.equal(summary.summary.rowCount, 2);
    assert.deepEqual(summary.summary.columns.map((c) => [c.name, c.type, c.nullRate]), [['id', 'number', 0], ['ts', 'time', 0], ['score', 'number', 0.5]]);
  }
  const page = await runAnalysis({ kind: 'logPage', file, offset: 1, limit: 10 }, cache);
  assert.ok(page.kind === 'logPage');
  if (page.kind === 'logPage') {
    assert.equal(page.page.offset, 1);
    assert.equal(page.page.rowCount, 1);
    const score = page.page.columns[2];
    assert.ok(score.type === 'number' && Number.isNaN(score.values[0]));
  }
});

test('niceEdges: round steps covering the range', () => {
  assert.deepEqual(niceEdges(0, 10, 5), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(niceEdges(0.3, 0.95, 7), [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  const edges = niceEdges(-3.2, 117, 20);
  assert.ok(edges[0] <= -3.2 && edges[edges.length - 1] >= 117);
  assert.ok(edges.length <= 22);
  assert.equal(niceEdges(5, 5, 10).length, 2, 'a constant column gets one bin');
});
