import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadManifest } from '../../../core/io/manifest/loadManifest';
import { openPipeline } from '../../../core/io/openPipeline';
import { SightlineInputError } from '../../../core/io/errors';
import { tempDir } from '../../helpers/tempDir';

const valid = {
  version: 1,
  name: 'churn',
  key: 'id',
  time: 'ts',
  stages: [
    { name: 'features', files: 'logs/features/*.csv' },
    { name: 'predict', files: ['logs/predict/*.csv'], columns: { ts: 'time' } },
    { name: 'feedback', files: 'logs/feedback.jsonl', time: 'label_ts' },
  ],
  predictions: { stage: 'predict', score: 'score', class: 'pred', modelVersion: 'model' },
  labels: { stage: 'feedback', column: 'label', time: 'label_ts' },
  reference: { start: '2024-01-01', end: '2024-02-01' },
};

function workspace(manifest: unknown, text?: string) {
  const t = tempDir();
  t.write('logs/features/a.csv', 'id,ts\n1,2024-01-01\n');
  t.write('logs/predict/a.csv', 'id,ts,score\n1,2024-01-01,0.5\n');
  t.write('logs/feedback.jsonl', '{"id":"1","label":1}\n');
  const path = t.write('sightline.json', text ?? JSON.stringify(manifest, null, 2));
  return { ...t, path };
}

function inputError(fn: () => unknown): SightlineInputError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof SightlineInputError, `expected a SightlineInputError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an error');
}

test('a valid manifest resolves stages, globs, overrides and the reference range', () => {
  const w = workspace(valid);
  const pipeline = loadManifest(w.path);
  assert.equal(pipeline.name, 'churn');
  assert.equal(pipeline.inferred, false);
  assert.deepEqual(pipeline.stages.map((s) => s.name), ['features', 'predict', 'feedback']);
  assert.deepEqual(pipeline.stages[1].files, [join(w.dir, 'logs/predict/a.csv')]);
  assert.equal(pipeline.stages[0].key, 'id');
  assert.equal(pipeline.stages[2].time, 'label_ts', 'stage time overrides the pipeline time');
  assert.deepEqual(pipeline.stages[1].columnTypes, { ts: 'time' });
  assert.deepEqual(pipeline.reference, { kind: 'range', start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) });
  assert.equal(openPipeline(w.dir).name, 'churn', 'a folder opens its sightline.json');
});

test('schema violations name the path and line and list what is allowed', () => {
  const bad = { ...valid, stages: [valid.stages[0], { name: 'predict', file: 'x.csv' }] };
  const w = workspace(bad);
  const error = inputError(() => loadManifest(w.path));
  assert.equal(error.code, 'manifest.schema');
  assert.match(error.message, /:13: stages\[1\]\.file is not a known property \(expected one of: name, description, files, table,/);
  assert.equal(error.file, w.path);
  assert.equal(error.line, 13, 'the line of the misspelt property in the pretty-printed file');
});

test('wrong types, enums and versions are reported in words', () => {
  const cases: [unknown, RegExp][] = [
    [{ ...valid, version: 2 }, /version must be 1/],
    [{ ...valid, stages: [] }, /stages must have at least 1 item/],
    [{ ...valid, stages: [{ name: 'a b', files: 'x' }] }, /stages\[0\]\.name "a b" does not match/],
    [{ ...valid, stages: [{ name: 'a', files: 3 }] }, /stages\[0\]\.files must be a string, found a number/],
    [{ ...valid, engine: 'spark' }, /engine must be one of "arquero"/],
    [{ name: 'x', stages: valid.stages }, /is missing the required property "version"/],
  ];
  for (const [manifest, pattern] of cases) {
    const w = workspace(manifest);
    const error = inputError(() => loadManifest(w.path));
    assert.match(error.message, pattern);
  }
});

test('invalid JSON gives the line of the syntax error', () => {
  const w = workspace(undefined, '{\n  "version": 1,\n  "name": "x",\n  "stages": [,]\n}\n');
  const error = inputError(() => loadManifest(w.path));
  assert.equal(error.code, 'manifest.invalid-json');
  assert.equal(error.line, 4);
});

test('a glob that matches nothing names the stage, the pattern and the folder searched', () => {
  const w = workspace({ ...valid, stages: [...valid.stages, { name: 'post', files: 'logs/post/*.parquet' }] });
  const error = inputError(() => loadManifest(w.path));
  assert.equal(error.code, 'manifest.glob-empty');
  assert.match(error.message, /stage "post": "logs\/post\/\*\.parquet" matches no file/);
  assert.match(error.message, new RegExp(w.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.ok(error.line && error.line > 1);
});

test('semantic checks: unknown stage references, duplicate names, bad reference range', () => {
  assert.match(inputError(() => loadManifest(workspace({ ...valid, labels: { stage: 'nope', column: 'y' } }).path)).message, /labels\.stage "nope" is not one of the stages/);
  assert.match(
    inputError(() => loadManifest(workspace({ ...valid, stages: [valid.stages[0], valid.stages[0]] }).path)).message,
    /stage name "features" is used twice/,
  );
  assert.match(inputError(() => loadManifest(workspace({ ...valid, reference: { start: '2024-02-01', end: '2024-01-01' } }).path)).message, /ends .* before it starts/);
  assert.match(inputError(() => loadManifest(workspace({ ...valid, reference: { start: 'soon', end: '2024-01-01' } }).path)).message, /reference\.start "soon" is not a date/);
});

test('missing manifest and missing targets are clear errors', () => {
  const t = tempDir();
  assert.equal(inputError(() => openPipeline(join(t.dir, 'nope.csv'))).code, 'io.not-found');
  assert.equal(inputError(() => openPipeline(t.dir)).code, 'manifest.not-found');
});

test('the engine is a name or an object with connection settings, and table stages need ClickHouse', () => {
  const duck = loadManifest(workspace({ ...valid, engine: 'duckdb' }).path);
  assert.equal(duck.engine, 'duckdb');
  assert.equal(duck.engineSettings, undefined);
  const house = loadManifest(
    workspace({
      ...valid,
      engine: { kind: 'clickhouse', url: 'http://127.0.0.1:8123', database: 'ml', passwordEnv: 'CH_PASSWORD' },
      stages: [{ name: 'predict', table: 'ml.predictions' }, { name: 'feedback', table: 'ml.labels', time: 'label_ts' }],
    }).path,
  );
  assert.equal(house.engine, 'clickhouse');
  assert.deepEqual(house.engineSettings, { url: 'http://127.0.0.1:8123', database: 'ml', passwordEnv: 'CH_PASSWORD' });
  assert.deepEqual(house.stages.map((s) => [s.name, s.table, s.files]), [['predict', 'ml.predictions', []], ['feedback', 'ml.labels', []]]);
  const tableInMemory = inputError(() => loadManifest(workspace({ ...valid, stages: [{ name: 'predict', table: 'ml.predictions' }] }).path));
  assert.equal(tableInMemory.code, 'manifest.stage-table');
  assert.match(tableInMemory.message, /stage "predict" is a table, which only the ClickHouse engine reads \(engine here: arquero\)/);
  const neither = inputError(() => loadManifest(workspace({ ...valid, stages: [{ name: 'predict' }] }).path));
  assert.match(neither.message, /sightline\.json:\d+: stage "predict" names neither "files" nor "table"/);
});

test('--engine overrides the manifest, and says why when the stages cannot move', () => {
  const w = workspace(valid);
  assert.equal(openPipeline(w.path, { engine: 'duckdb' }).engine, 'duckdb');
  assert.throws(() => openPipeline(w.path, { engine: 'clickhouse' }), /the ClickHouse engine needs "engine": \{"kind": "clickhouse", "url": \.\.\.\} and a "table" for every stage \(stages with files: features, predict, feedback\)/);
  const house = workspace({ ...valid, engine: { kind: 'clickhouse', url: 'http://127.0.0.1:8123' }, stages: [{ name: 'predict', table: 'ml.p' }, { name: 'feedback', table: 'ml.l' }] });
  assert.throws(() => openPipeline(house.path, { engine: 'duckdb' }), /stages predict, feedback are ClickHouse tables; the duckdb engine reads files/);
});
