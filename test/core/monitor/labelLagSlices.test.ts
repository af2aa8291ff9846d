import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pipeline, PipelineStage } from '../../../core/io/pipeline';
import type { LogTable } from '../../../core/io/logTable';
import type { MonitorReference } from '../../../core/monitor/types';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { tableRowSource } from '../../../core/detect/performance/tableRows';
import { labelLagSliceFindings } from '../../../core/monitor/labelLagSlices';
import { createRandom } from '../../../core/demo/random';

const H = 3_600_000;
const DAY = 24 * H;
const T0 = Date.UTC(2024, 0, 1);
const REFERENCE_DAYS = 35;
const DAYS = 56;
const SHIFT_DAY = 42;
const ROWS_PER_DAY = 400;
const CARRIERS = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'];

test('keyedCategories: codes of the other stage aligned by key, -1 for keys it lacks or rows without a value', async () => {
  const tables = new Map<string, LogTable>([
    ['predict', fromDataFrame({ id: ['k1', 'k2', 'k3', 'k4', null, 'k5'], ts: [1, 2, 3, 4, 5, 6].map((t) => new Date(T0 + t * H)) })],
    // Other order; k2 twice (its first row counts), k4 absent, k5 with no value, k9 with no prediction.
    ['features', fromDataFrame({ id: ['k3', 'k2', 'k9', 'k1', 'k2', 'k5'], carrier: ['x', 'y', 'z', 'y', 'x', null], n: [30, 20, 90, 10, 21, 50] })],
  ]);
  const rows = tableRowSource(tables);
  const { codes, dictionary } = await rows.keyedCategories({ predictions: { stage: 'predict', key: 'id' }, from: { stage: 'features', key: 'id', column: 'carrier' } });
  assert.equal(codes.length, 6);
  const labels = Array.from(codes, (c) => (c < 0 ? null : dictionary[c]));
  assert.deepEqual(labels, ['y', 'y', 'x', null, null, null]);
  assert.ok(Array.from(codes).every((c) => c >= -1 && c < dictionary.length));

  // A numeric column reads as its values' text.
  const numbers = await rows.keyedCategories({ predictions: { stage: 'predict', key: 'id' }, from: { stage: 'features', key: 'id', column: 'n' } });
  assert.deepEqual(Array.from(numbers.codes, (c) => (c < 0 ? null : numbers.dictionary[c])), ['10', '20', '30', null, null, '50']);

  // A column of the predictions stage itself is row-aligned already.
  const own = await rows.keyedCategories({ predictions: { stage: 'features', key: 'id' }, from: { stage: 'features', key: 'id', column: 'carrier' } });
  assert.deepEqual(Array.from(own.codes, (c) => (c < 0 ? null : own.dictionary[c])), ['x', 'y', 'z', 'y', 'x', null]);
});

/**
 * Three keyed stages: features (carrier, one of 8), predict (score) and labels (0/1 with a label
 * time). Label lag is exponential with a mean of 6 h; for `slow` from SHIFT_DAY on it is ten
 * times longer. Rows are shuffled between stages so only the key ties them.
 */
function lagPipeline(slow?: string, seed = 17) {
  const random = createRandom(seed);
  const features = { id: [] as string[], ts: [] as Date[], carrier: [] as string[], distance: [] as number[] };
  const predict = { id: [] as string[], ts: [] as Date[], score: [] as number[] };
  const labels = { id: [] as string[], label: [] as number[], label_ts: [] as Date[] };
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < ROWS_PER_DAY; i++) {
      const id = `${d}-${i}`;
      const t = T0 + d * DAY + Math.floor(random.next() * (DAY - 2000));
      const carrier = CARRIERS[i % CARRIERS.length];
      features.id.push(id);
      features.ts.push(new Date(t));
      features.carrier.push(carrier);
      features.distance.push(100 + random.next() * 900);
      predict.id.push(id);
      predict.ts.push(new Date(t + 1000));
      predict.score.push(random.next());
      const lag = -Math.log(1 - random.next()) * 6 * H * (carrier === slow && d >= SHIFT_DAY ? 10 : 1);
      labels.id.push(id);
      labels.label.push(random.next() < 0.3 ? 1 : 0);
      labels.label_ts.push(new Date(t + 1000 + lag));
    }
  }
  labels.id.reverse();
  labels.label.reverse();
  labels.label_ts.reverse();
  const tables = new Map<string, LogTable>([
    ['features', fromDataFrame(features)],
    ['predict', fromDataFrame(predict)],
    ['labels', fromDataFrame(labels)],
  ]);
  const stage = (name: string, time: string): PipelineStage => ({ name, patterns: [], files: [], key: 'id', time, columnTypes: {} });
  const pipeline: Pipeline = {
    name: 'lag',
    source: 'memory',
    dir: '.',
    inferred: false,
    guesses: [],
    stages: [stage('features', 'ts'), stage('predict', 'ts'), stage('labels', 'label_ts')],
    predictions: { stage: 'predict', score: 'score' },
    labels: { stage: 'labels', column: 'label', time: 'label_ts', key: 'id' },
    reference: { kind: 'range', start: T0, end: T0 + REFERENCE_DAYS * DAY },
    engine: 'arquero',
  };
  const reference: MonitorReference = { source: 'range', start: T0, end: T0 + REFERENCE_DAYS * DAY };
  return { pipeline, engine: new ArqueroEngine(tables), rows: tableRowSource(tables), reference };
}

const at = { stage: 'labels', column: 'label_ts' };

test('unchanged label lag in every slice: no findings', async () => {
  const { pipeline, engine, rows, reference } = lagPipeline();
  const findings = await labelLagSliceFindings({ pipeline, engine, rows, bucket: 'day', reference, at });
  assert.deepEqual(findings.map((f) => f.evidence), []);
});

test("one carrier's labels arriving ten times later: label-lag findings name it, from the shift day", async () => {
  const { pipeline, engine, rows, reference } = lagPipeline('CC');
  const findings = await labelLagSliceFindings({ pipeline, engine, rows, bucket: 'day', reference, at });
  assert.ok(findings.length >= (DAYS - SHIFT_DAY) / 2, `${findings.length} findings`);
  const onset = Math.min(...findings.map((f) => f.start));
  assert.ok(onset >= T0 + SHIFT_DAY * DAY && onset <= T0 + (SHIFT_DAY + 1) * DAY, `onset ${new Date(onset).toISOString()}`);
  const indexes = findings.map((f) => f.index);
  assert.deepEqual(indexes, [...new Set(indexes)].sort((a, b) => a - b), 'one finding per window, in window order');
  for (const f of findings) {
    assert.equal(f.kind, 'label-lag');
    assert.equal(f.stage, 'labels');
    assert.equal(f.column, 'label_ts');
    assert.equal(f.severity, 'alert');
    assert.equal(f.start, T0 + f.index * DAY, 'index is the window position among the prediction days');
    assert.ok(f.start >= T0 + SHIFT_DAY * DAY);
    assert.ok(f.subpopulation);
    assert.equal(f.subpopulation.column, 'carrier');
    assert.equal(f.subpopulation.value, 'CC');
    assert.equal(f.subpopulation.share, 1 / CARRIERS.length);
    // p90 of an exponential with mean 6 h is 6 h * ln 10 (13.8 h); ten times that for the slow carrier.
    assert.ok(f.subpopulation.outside > 8 * H && f.subpopulation.outside < 20 * H, `baseline ${f.subpopulation.outside / H} h`);
    assert.ok(f.subpopulation.inside > 4 * f.subpopulation.outside, `p90 ${f.subpopulation.inside / H} h`);
    assert.match(f.evidence, /carrier = CC/);
  }
});

test('no labels stage time, or no predictions key: nothing to measure', async () => {
  const { pipeline, engine, rows, reference } = lagPipeline('CC');
  const noLabelTime = { ...pipeline, labels: { ...pipeline.labels!, time: undefined } };
  assert.deepEqual(await labelLagSliceFindings({ pipeline: noLabelTime, engine, rows, bucket: 'day', reference, at }), []);
  const noKey = { ...pipeline, stages: pipeline.stages.map((s) => (s.name === 'predict' ? { ...s, key: undefined } : s)) };
  assert.deepEqual(await labelLagSliceFindings({ pipeline: noKey, engine, rows, bucket: 'day', reference, at }), []);
});
