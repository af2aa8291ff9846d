import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LineageResult, LineageStage } from '../../../../core/protocol';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openLineage } from '../../../../core/diagnose/lineage';
import { isInputError } from '../../../../core/io/errors';
import { HOUR, T0, lineageWorkspace } from './fixture';

async function lookup(key: string, options: { runs?: boolean } = {}): Promise<LineageResult> {
  const index = await openLineage(openPipeline(lineageWorkspace(options).dir));
  return index.lookup(key);
}

function stage(result: LineageResult, name: string): LineageStage {
  const found = result.stages.find((s) => s.stage === name);
  assert.ok(found, `stage ${name}`);
  return found;
}

test('a record has its values and time at every stage, in pipeline order', async () => {
  const result = await lookup('A2');
  assert.equal(result.kind, 'lineage');
  assert.equal(result.version, 1);
  assert.equal(result.key, 'A2');
  assert.deepEqual(result.stages.map((s) => [s.stage, s.status]), [['ingest', 'present'], ['clean', 'present'], ['predict', 'present'], ['feedback', 'present']]);
  assert.deepEqual(stage(result, 'ingest').rows[0].values, { id: 'A2', ts: new Date(T0 + HOUR).toISOString(), amount: 20, country: 'SE' });
  assert.equal(stage(result, 'ingest').rows[0].time, T0 + HOUR);
  assert.match(stage(result, 'clean').rows[0].file ?? '', /clean\.jsonl$/);
  assert.equal(result.eventTime, T0 + HOUR);
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result, 'JSON-serializable as is');
});

test('diffs between consecutive stages: a changed value, added and removed columns', async () => {
  const result = await lookup('A2');
  const clean = stage(result, 'clean').diff;
  assert.ok(clean);
  assert.equal(clean.against, 'ingest');
  assert.deepEqual(clean.changed, [{ column: 'amount', from: 20, to: 25 }]);
  assert.deepEqual(clean.nulled, []);
  assert.deepEqual(clean.added, [{ column: 'amount_eur', value: 2.5 }]);
  assert.equal(clean.unchanged, 3);
  const predict = stage(result, 'predict').diff;
  assert.ok(predict);
  assert.deepEqual(predict.removed.map((c) => c.column), ['amount', 'country', 'amount_eur']);
  assert.equal(stage(result, 'feedback').diff, undefined, 'the labels stage is joined by key, not fed by predict');
});

test('a nulled value is reported with the upstream value', async () => {
  const clean = stage(await lookup('A1'), 'clean').diff;
  assert.ok(clean);
  assert.deepEqual(clean.nulled, [{ column: 'country', value: 'NO' }]);
  assert.deepEqual(clean.changed, []);
});

test('a record dropped by a stage is marked there and downstream, with a note naming the empty column', async () => {
  const result = await lookup('A3');
  assert.deepEqual(result.stages.map((s) => s.status), ['present', 'dropped', 'dropped', 'present']);
  assert.equal(stage(result, 'clean').present, false);
  assert.ok(result.notes.some((n) => /dropped at stage "clean": "ingest" had the record.*no value in country.*also missing from predict/.test(n)), result.notes.join('\n'));
  assert.equal(result.prediction, undefined);
  assert.ok(result.notes.some((n) => /no prediction/.test(n)));
  assert.equal(result.label?.value, true, 'its label still arrived');
});

test('several rows for a key at one stage are all kept and said', async () => {
  const result = await lookup('A4');
  const clean = stage(result, 'clean');
  assert.equal(clean.status, 'duplicated');
  assert.deepEqual(clean.rows.map((r) => r.values.amount), [40, 41]);
  assert.ok(result.notes.some((n) => /"clean" has 2 rows/.test(n)));
});

test('prediction with shadow columns, and the earliest label with its lag', async () => {
  const result = await lookup('A1');
  assert.deepEqual(result.prediction, { stage: 'predict', rows: 1, time: T0, score: 0.8, class: true, modelVersion: 'v2', shadow: [{ column: 'shadow_score', value: 0.7 }] });
  assert.deepEqual(result.label, { stage: 'feedback', column: 'label', rows: 2, value: true, time: T0 + 5 * HOUR, lagMs: 5 * HOUR });
  const unlabeled = await lookup('B5');
  assert.equal(unlabeled.label, undefined);
  assert.equal(stage(unlabeled, 'feedback').status, 'absent');
  assert.ok(unlabeled.notes.some((n) => /no label/.test(n)));
});

test('runs: per component the run spanning the event time, else the next one, with its code version history', async () => {
  const early = await lookup('A1');
  assert.deepEqual(early.runs?.map((r) => [r.component, r.runId, r.match]), [['ingest', 'ingest-1', 'spans'], ['clean', 'clean-1', 'spans'], ['predict', 'predict-1', 'next']]);
  const late = await lookup('A4');
  const clean = late.runs?.find((r) => r.component === 'clean');
  assert.equal(clean?.runId, 'clean-2');
  assert.equal(clean?.codeVersion, 'clean@2');
  assert.equal(clean?.previousVersion, 'clean@1');
  assert.equal(clean?.versionSince, T0 + 2.5 * HOUR);
  assert.deepEqual(clean?.inputs, ['logs/ingest.csv']);
  const between = await lookup('A3');
  assert.equal(between.runs?.find((r) => r.component === 'clean')?.match, 'next', 'no clean run spans T0+2h');
  assert.equal((await lookup('A1', { runs: false })).runs, undefined);
});

test('an unknown key names the stages searched, suggests keys and says keys are case-sensitive', async () => {
  const index = await openLineage(openPipeline(lineageWorkspace().dir));
  assert.throws(() => index.lookup('Z9'), (error: unknown) => {
    assert.ok(isInputError(error));
    assert.match(error.message, /no record with key "Z9".*ingest \(id\), clean \(id\), predict \(id\), feedback \(id\)/);
    assert.match(error.hint ?? '', /case-sensitive.*"A1", "A2", "A3"/);
    return true;
  });
  assert.throws(() => index.lookup('a2'), (error: unknown) => {
    assert.ok(isInputError(error));
    assert.match(error.hint ?? '', /case-sensitive: did you mean "A2"/);
    return true;
  });
});

test('a manifest without a key says how to set one', async () => {
  await assert.rejects(openLineage(openPipeline(lineageWorkspace({ key: false }).dir)), (error: unknown) => {
    assert.ok(isInputError(error));
    assert.equal(error.code, 'lineage.no-key');
    assert.match(error.hint ?? '', /"key": "<column>".*sightline\.json/);
    return true;
  });
});
