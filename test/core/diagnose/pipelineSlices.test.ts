import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogTable } from '../../../core/io/logTable';
import type { Pipeline } from '../../../core/io/pipeline';
import { cellValue, findColumn } from '../../../core/io/logTable';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { seededRandom } from '../../../core/stats/seededRandom';
import { findSlices, diffSlices, pipelineSlices, pipelineSliceTable, stageSliceDiff } from '../../../core/diagnose/slices';
import { SightlineInputError } from '../../../core/io/errors';

const H = 3_600_000;
const t0 = Date.UTC(2024, 0, 1);

/**
 * A keyed pipeline: ingest -> features -> predict -> feedback. Some keys are missing upstream,
 * some predictions are never labeled, some are labeled twice (the earliest label counts), and
 * `region` is in both ingest and features (features, the later stage, wins).
 */
function keyedPipeline(seed: number, n = 400): { pipeline: Pipeline; tables: Map<string, LogTable> } {
  const random = seededRandom(seed);
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
  const ids = Array.from({ length: n }, (_, i) => `k${i}`);
  const shuffled = (keys: string[]) => [...keys].sort(() => random() - 0.5);
  const ingestKeys = shuffled(ids.filter(() => random() > 0.05));
  const ingest = fromDataFrame({
    id: ingestKeys,
    ts: ingestKeys.map((_, i) => new Date(t0 + i * H)),
    carrier: ingestKeys.map(() => pick(['aa', 'bb', 'cc'])),
    region: ingestKeys.map(() => 'stale'),
  });
  const featureKeys = shuffled(ids.filter(() => random() > 0.05));
  const features = fromDataFrame({
    id: [...featureKeys, featureKeys[0]],
    ts: [...featureKeys, featureKeys[0]].map((_, i) => new Date(t0 + i * H)),
    region: [...featureKeys.map(() => pick(['north', 'south'])), 'duplicate'],
    hour: [...featureKeys.map(() => Math.floor(random() * 24)), 99],
  });
  const predict = fromDataFrame({
    id: ids,
    ts: ids.map((_, i) => new Date(t0 + i * H)),
    score: ids.map(() => random()),
    cls: ids.map(() => random() < 0.4),
    version: ids.map((_, i) => (i < n / 2 ? 'v1' : 'v2')),
  });
  const labeled = ids.filter(() => random() > 0.15);
  const twice = labeled.filter(() => random() < 0.1);
  const labelKeys = [...labeled, ...twice];
  const feedback = fromDataFrame({
    id: labelKeys,
    late: labelKeys.map(() => random() < 0.5),
    // Second labels come later than the first ones, but sit earlier in row order for some.
    label_ts: labelKeys.map((_, i) => new Date(t0 + (i < labeled.length ? 1000 : 2000) * H)),
  });
  const stage = (name: string, time: string) => ({ name, patterns: [], files: [], key: 'id', time, columnTypes: {} });
  const pipeline: Pipeline = {
    name: 'keyed',
    source: '/tmp/keyed/sightline.json',
    dir: '/tmp/keyed',
    inferred: false,
    guesses: [],
    stages: [stage('ingest', 'ts'), stage('features', 'ts'), stage('predict', 'ts'), stage('feedback', 'label_ts')],
    predictions: { stage: 'predict', score: 'score', class: 'cls', modelVersion: 'version' },
    labels: { stage: 'feedback', column: 'late', time: 'label_ts', key: 'id' },
    engine: 'arquero',
  };
  const tables = new Map([
    ['ingest', ingest],
    ['features', features],
    ['predict', predict],
    ['feedback', reversedLabels(feedback)],
  ]);
  return { pipeline, tables };
}

/** The label rows in reverse order, so "earliest" must come from label time, not row order. */
function reversedLabels(table: LogTable): LogTable {
  const order = Int32Array.from({ length: table.rowCount }, (_, i) => table.rowCount - 1 - i);
  return {
    ...table,
    columns: table.columns.map((c) => (c.type === 'category' ? { ...c, codes: Int32Array.from(order, (r) => c.codes[r]) } : { ...c, values: Float64Array.from(order, (r) => c.values[r]) })),
  };
}

/** Row by row, as a person would join: the first row with the key, the label with the earliest time. */
function bruteForce(tables: Map<string, LogTable>, range: { start?: number; end?: number } = {}): Record<string, (string | number | boolean | null)[]> {
  const value = (stage: string, column: string, row: number) => cellValue(findColumn(tables.get(stage)!, column)!, row);
  const firstRow = (stage: string, key: unknown) => {
    const table = tables.get(stage)!;
    for (let r = 0; r < table.rowCount; r++) if (value(stage, 'id', r) === key) return r;
    return -1;
  };
  const out: Record<string, (string | number | boolean | null)[]> = { version: [], carrier: [], region: [], hour: [], error: [] };
  const predict = tables.get('predict')!;
  for (let r = 0; r < predict.rowCount; r++) {
    const time = Date.parse(String(value('predict', 'ts', r)));
    if ((range.start !== undefined && time < range.start) || (range.end !== undefined && time >= range.end)) continue;
    const key = value('predict', 'id', r);
    const i = firstRow('ingest', key);
    const f = firstRow('features', key);
    out.version.push(value('predict', 'version', r));
    out.carrier.push(i < 0 ? null : value('ingest', 'carrier', i));
    out.region.push(f < 0 ? null : value('features', 'region', f));
    out.hour.push(f < 0 ? null : value('features', 'hour', f));
    const feedback = tables.get('feedback')!;
    let label: boolean | null = null;
    let labelTime = Infinity;
    for (let j = 0; j < feedback.rowCount; j++) {
      const t = Date.parse(String(value('feedback', 'label_ts', j)));
      if (value('feedback', 'id', j) === key && t < labelTime) [label, labelTime] = [value('feedback', 'late', j) as boolean, t];
    }
    out.error.push(label === null ? null : Number(label !== value('predict', 'cls', r)));
  }
  return out;
}

function columnValues(table: LogTable, name: string): (string | number | boolean | null)[] {
  const column = findColumn(table, name);
  assert.ok(column, `column ${name}`);
  return Array.from({ length: table.rowCount }, (_, r) => cellValue(column, r));
}

for (const seed of [1, 2, 3]) {
  test(`pipelineSliceTable equals a row-by-row join (seed ${seed})`, () => {
    const { pipeline, tables } = keyedPipeline(seed);
    const joined = pipelineSliceTable(pipeline, tables);
    const expected = bruteForce(tables);
    assert.deepEqual(joined.table.columns.map((c) => c.name), ['version', 'carrier', 'region', 'hour', 'error']);
    for (const name of ['version', 'carrier', 'region', 'hour', 'error']) assert.deepEqual(columnValues(joined.table, name), expected[name], name);
    assert.equal(joined.unlabeled, expected.error.filter((e) => e === null).length);
    assert.deepEqual(joined.columnStages, { version: 'predict', carrier: 'ingest', region: 'features', hour: 'features' });
  });
}

test('pipelineSliceTable keeps only predictions in the event-time range', () => {
  const { pipeline, tables } = keyedPipeline(4);
  const range = { start: t0 + 100 * H, end: t0 + 250 * H };
  const joined = pipelineSliceTable(pipeline, tables, range);
  const expected = bruteForce(tables, range);
  assert.equal(joined.table.rowCount, 150);
  for (const name of ['version', 'carrier', 'region', 'hour', 'error']) assert.deepEqual(columnValues(joined.table, name), expected[name], name);
});

test('pipelineSlices is findSlices on the joined table, with the error and the join in words', () => {
  const { pipeline, tables } = keyedPipeline(5, 1500);
  const result = pipelineSlices(pipeline, tables, { maxLevel: 2, k: 5 });
  const joined = pipelineSliceTable(pipeline, tables);
  const direct = findSlices(joined.table, { error: joined.errorColumn }, { maxLevel: 2, k: 5 });
  assert.deepEqual(result.slices, direct.slices);
  assert.deepEqual(result.significantSmall, direct.significantSmall);
  assert.equal(result.rowsWithoutError, joined.unlabeled);
  assert.equal(result.pipeline, 'keyed');
  assert.match(result.options.errorSource, /predicted class "cls" .* label "late" of stage "feedback"/);
  assert.ok(result.notes.some((n) => n.startsWith(`${joined.unlabeled} of 1500 predictions have no label`)), result.notes.join('\n'));
  assert.ok(!result.features.some((f) => f.name === 'id' || f.name === 'ts' || f.name === 'score' || f.name === 'cls'), 'keys, times and model outputs are not features');
});

test('pipelineSlices says what is missing when the pipeline names no labels', () => {
  const { pipeline, tables } = keyedPipeline(6);
  assert.throws(() => pipelineSlices({ ...pipeline, labels: undefined }, tables), (error: unknown) => error instanceof SightlineInputError && error.code === 'slices.no-predictions' && /labels/.test(error.message));
  assert.throws(() => pipelineSlices({ ...pipeline, predictions: { stage: 'predict', score: 'score' } }, tables), (error: unknown) => error instanceof SightlineInputError && error.code === 'slices.no-class');
});

test('stageSliceDiff is diffSlices on the stage rows of each range, keys and times left out', () => {
  const { pipeline, tables } = keyedPipeline(7, 1200);
  const reference = { start: t0, end: t0 + 600 * H };
  const current = { start: t0 + 600 * H };
  const result = stageSliceDiff(pipeline, tables, 'features', reference, current, { minSupport: 20 });
  const features = tables.get('features')!;
  const side = (keep: (t: number) => boolean) => {
    const rows = columnValues(features, 'ts').map((t, r) => (keep(Date.parse(String(t))) ? r : -1)).filter((r) => r >= 0);
    return fromDataFrame({ region: rows.map((r) => columnValues(features, 'region')[r]), hour: rows.map((r) => columnValues(features, 'hour')[r]) });
  };
  const expected = diffSlices(side((t) => t < reference.end), side((t) => t >= current.start), { minSupport: 20 });
  assert.deepEqual(result.grown, expected.grown);
  assert.deepEqual(result.shrunk, expected.shrunk);
  assert.deepEqual([result.referenceRows, result.currentRows], [expected.referenceRows, expected.currentRows]);
  assert.equal(result.pipeline, 'features 2024-01-26.. vs features 2024-01-01..2024-01-26');
});

test('stageSliceDiff names an empty range', () => {
  const { pipeline, tables } = keyedPipeline(8);
  assert.throws(() => stageSliceDiff(pipeline, tables, 'features', { end: t0 }, { start: t0 }), (error: unknown) => error instanceof SightlineInputError && error.code === 'slices.empty-range');
  assert.throws(() => stageSliceDiff(pipeline, tables, 'nope', {}, {}), (error: unknown) => error instanceof SightlineInputError && /stages: ingest, features, predict, feedback/.test(error.message));
});
