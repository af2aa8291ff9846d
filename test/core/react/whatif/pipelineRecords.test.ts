import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openEngine } from '../../../../core/engine/openEngine';
import { whatIfRecords } from '../../../../core/react/pipeline/whatIfRecords';
import { pipelineWhatIf } from '../../../../core/react/pipeline/pipelineWhatIf';
import { parseWhere } from '../../../../core/react/pipeline/parseWhere';
import { rollbackVersions, versionsInOrder } from '../../../../core/react/pipeline/modelVersions';
import { impliedThreshold } from '../../../../core/react/pipeline/liveThreshold';
import { FEB, LABELS, SCORES, SHADOW, STATES, syntheticWhatIfFolder } from './syntheticWhatIf';

async function opened(withoutShadow = false) {
  const { manifest } = syntheticWhatIfFolder({ withoutShadow });
  const { pipeline, tables } = await openEngine(openPipeline(manifest));
  return { pipeline, tables };
}

test('what-if records: score, decision, earliest label, time, version, shadow and upstream slice columns per prediction', async () => {
  const { pipeline, tables } = await opened();
  assert.equal(pipeline.predictions?.shadowScore, 'shadow');
  const r = whatIfRecords(pipeline, tables);
  assert.deepEqual([...r.scores], SCORES);
  assert.deepEqual([...r.decisions], SCORES.map((s) => (s >= 0.5 ? 1 : 0)));
  assert.deepEqual([...r.labels], LABELS, 'r3 keeps its earliest label (0), not the later 1');
  assert.deepEqual(r.versions, LABELS.map((_, i) => (i < 8 ? 'v1' : 'v2')));
  assert.deepEqual([...(r.shadowScores ?? [])].map((x) => (Number.isNaN(x) ? null : x)), SHADOW.map((x) => (Number.isNaN(x) ? null : x)));
  const names = r.slices.columns.map((c) => c.name);
  assert.ok(names.includes('state') && names.includes('distance') && names.includes('version'), names.join(','));
  assert.equal(r.columnStages.state, 'ingest');
  assert.equal(r.shadowColumn, 'shadow');
});

test('what-if records: a time range keeps the predictions in [start, end); no shadow column gives null', async () => {
  const { pipeline, tables } = await opened(true);
  const r = whatIfRecords(pipeline, tables, { start: FEB });
  assert.equal(r.times.length, 8);
  assert.ok([...r.times].every((t) => t >= FEB));
  assert.equal(r.shadowScores, null);
});

test('fallback on a pipeline: --where matches the upstream category exactly and a numeric bin by its range', async () => {
  const { pipeline, tables } = await opened();
  const tx = await pipelineWhatIf(pipeline, tables, { kind: 'fallback', action: 'negative' }, { where: parseWhere('state=TX') });
  assert.equal(tx.export?.parameters.kind === 'fallback' && tx.export.parameters.recordsRouted, STATES.filter((s) => s === 'TX').length);
  const bin = await pipelineWhatIf(pipeline, tables, { kind: 'fallback', action: 'review' }, { where: parseWhere('distance=[100, 300)') });
  assert.equal(bin.export?.parameters.kind === 'fallback' && bin.export.parameters.recordsRouted, 4, 'r0 (100), r1 (200), r8 (150), r9 (250)');
});

test('rollback on a pipeline defaults to the latest version and the one before, and uses the shadow scores', async () => {
  const { pipeline, tables } = await opened();
  const result = await pipelineWhatIf(pipeline, tables, { kind: 'rollback' });
  assert.deepEqual(result.remediation, { kind: 'rollback', current: 'v2', previous: 'v1' });
  assert.equal(result.before.accuracy?.value, 5 / 8);
  assert.equal(result.after.accuracy?.value, 7 / 8);
  assert.equal(result.export?.parameters.kind === 'rollback' && result.export.parameters.shadowColumn, 'shadow');
});

test('where parsing keeps commas inside bin labels; versions default from the data; the implied rule', () => {
  assert.deepEqual(parseWhere('a=x, b=[1, 5)'), [{ feature: 'a', value: 'x' }, { feature: 'b', value: '[1, 5)' }]);
  assert.throws(() => parseWhere('a'), /not column=value/);
  assert.deepEqual(versionsInOrder(['v2', 'v1', null, 'v2'], [5, 1, 0, 9]), ['v1', 'v2']);
  assert.deepEqual(rollbackVersions(['v1', 'v2', 'v3'], {}), { current: 'v3', previous: 'v2' });
  assert.throws(() => rollbackVersions(['v1'], {}), /no model version before "v1"/);
  assert.throws(() => rollbackVersions(['v1', 'v2'], { previous: 'v9' }), /"v9" \(--previous\) is not in the logs/);
  assert.equal(impliedThreshold([0.2, 0.6, 0.4], [0, 1, 0], [0, 1, 2]), 0.6);
  assert.equal(impliedThreshold([0.2, 0.6, 0.7], [0, 1, 0], [0, 1, 2]), null, 'inconsistent decisions imply no rule');
});
