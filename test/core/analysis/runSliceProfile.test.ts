import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAnalysis } from '../../../core/analysis/runAnalysis';
import { EngineCache } from '../../../core/analysis/engineCache';
import { tempDir } from '../../helpers/tempDir';

/** Features, then predictions with their labels: region "south" is always wrong, "north" never. */
function workspace() {
  const t = tempDir();
  const features = ['id,ts,region'];
  const predictions = ['id,ts,pred,label'];
  for (let i = 0; i < 48; i++) {
    const south = i % 3 === 0;
    const ts = new Date(Date.UTC(2024, 0, 1, i)).toISOString();
    features.push(`${i},${ts},${south ? 'south' : 'north'}`);
    predictions.push(`${i},${ts},1,${south ? 0 : 1}`);
  }
  t.write('logs/features.csv', features.join('\n') + '\n');
  t.write('logs/predict.csv', predictions.join('\n') + '\n');
  const stages = [
    { name: 'features', files: 'logs/features.csv' },
    { name: 'predict', files: 'logs/predict.csv' },
  ];
  const manifest = t.write('sightline.json', JSON.stringify({ version: 1, name: 'p', key: 'id', time: 'ts', stages, predictions: { stage: 'predict', class: 'pred' }, labels: { stage: 'predict', column: 'label' } }));
  return { ...t, manifest };
}

test('runAnalysis answers sliceProfile on the rows the slice search used, bucketed by the event time', async () => {
  const w = workspace();
  const cache = new EngineCache();
  const response = await runAnalysis({ kind: 'sliceProfile', target: w.manifest, features: ['region'], predicates: [{ feature: 'region', value: 'south' }], bucket: 'day' }, cache);
  assert.equal(response.kind, 'sliceProfile');
  if (response.kind !== 'sliceProfile') return;
  const { profile } = response;
  assert.deepEqual([profile.rows, profile.sliceRows, profile.sliceError, profile.restError], [48, 16, 1, 0]);
  assert.deepEqual(profile.features.map((f) => f.name), ['region']);
  assert.equal(profile.time?.column, 'ts');
  assert.deepEqual(profile.time?.starts, [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]);
  assert.deepEqual(profile.time?.slice.rows, [8, 8]);
  const ranged = await runAnalysis({ kind: 'sliceProfile', target: w.manifest, start: Date.UTC(2024, 0, 2), features: ['region'], predicates: [] }, cache);
  assert.ok(ranged.kind === 'sliceProfile' && ranged.profile.rows === 24 && ranged.profile.time?.bucket === 'hour');
});
