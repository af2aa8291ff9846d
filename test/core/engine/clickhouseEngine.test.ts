import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Column, LogTable } from '../../../core/io/logTable';
import type { Pipeline, PipelineStage } from '../../../core/io/pipeline';
import type { ColumnType } from '../../../core/protocol';
import type { Engine, GroupRow, WindowSummary } from '../../../core/engine/engine';
import type { SqlEngine } from '../../../core/engine/sql/sqlEngine';
import type { ShardedTable, TwoShards } from '../../clickhouse/twoShards';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { dictionaryEncode } from '../../../core/io/dictionaryEncode';
import { seededRandom } from '../../../core/stats/seededRandom';
import { SightlineInputError } from '../../../core/io/errors';
import { openClickHouse } from '../../../core/engine/clickhouse/clickhouseClient';
import { openClickHouseEngine } from '../../../core/engine/clickhouse/openClickHouseEngine';
import { PASSWORD_USER, startTwoShards } from '../../clickhouse/twoShards';
import { whenClickHouse } from '../../clickhouse/whenClickHouse';

const S = 1000;
const H = 3600 * S;
const D = 24 * H;
/** Thursday; the data runs nine days, over the Monday 2024-01-08 week boundary. */
const START = Date.UTC(2024, 0, 4);
const ROWS = 1500;
const EDGES = [-0.5, 0, 0.25, 0.5, 0.75, 1];
const REGIONS = ['north', 'south', 'east', 'wëst', ''];

/** One prediction as inserted into ClickHouse (JSONEachRow) and as the in-memory table holds it. */
interface Prediction {
  key: string;
  ts: number | null;
  score: number | null;
  flag: number | null;
  region: string;
  grade: 'lo' | 'hi';
  qty: number;
  sent: number;
  day: string;
}

interface Label {
  key: string;
  label: number | null;
  label_ts: number;
}

function makePredictions(): Prediction[] {
  const r = seededRandom(7);
  return Array.from({ length: ROWS }, (_, i) => {
    const seconds = Math.floor((START + r() * 9 * D) / S);
    const u = r();
    // Values on the histogram edges (the last one too), below and above them, NaN and missing.
    const score = u < 0.05 ? null : u < 0.1 ? NaN : u < 0.4 ? EDGES[Math.floor(r() * EDGES.length)] : u < 0.45 ? -2 + r() : u < 0.5 ? 1 + r() : r();
    return {
      key: i % 97 === 5 ? '' : `k${i}`,
      ts: i % 31 === 3 ? null : seconds,
      score,
      flag: i % 13 === 0 ? null : r() < 0.3 ? 1 : 0,
      region: REGIONS[Math.floor(r() * REGIONS.length)],
      grade: r() < 0.5 ? 'lo' : 'hi',
      qty: Math.floor(r() * 7) - 2,
      sent: seconds + Math.round(r() * 7200) / 4,
      day: new Date(seconds * S).toISOString().slice(0, 10),
    };
  });
}

function makeLabels(predictions: Prediction[]): Label[] {
  const r = seededRandom(11);
  const labels: Label[] = [];
  for (const p of predictions) {
    const u = r();
    if (u < 0.3 || p.key === '') continue;
    const at = (p.ts ?? START / S) + Math.floor(r() * 3 * 86400);
    labels.push({ key: p.key, label: r() < 0.05 ? null : r() < 0.5 ? 1 : 0, label_ts: at });
    // Some keys are labelled twice; the first label counts.
    if (u > 0.85) labels.push({ key: p.key, label: 1, label_ts: at - 3600 + Math.floor(r() * 7200) });
  }
  for (let i = 0; i < 40; i++) labels.push({ key: `unknown${i}`, label: 1, label_ts: START / S + i * 3600 });
  return labels;
}

const PREDICT_TABLE: ShardedTable = {
  database: 'sl',
  name: 'predict',
  columns: [
    ['key', 'String'],
    ['ts', 'Nullable(DateTime)'],
    ['score', 'Nullable(Float64)'],
    ['flag', 'Nullable(UInt8)'],
    ['region', 'String'],
    ['grade', "Enum8('lo' = 1, 'hi' = 2)"],
    ['qty', 'Int32'],
    ['sent', 'Float64'],
    ['day', 'Date'],
  ],
  shardingKey: 'cityHash64(key)',
};

const LABEL_TABLE: ShardedTable = {
  database: 'sl',
  name: 'feedback',
  columns: [
    ['key', 'String'],
    ['label', 'Nullable(UInt8)'],
    ['label_ts', 'DateTime'],
  ],
  shardingKey: 'cityHash64(key)',
};

type Getter<T> = (row: T) => string | number | null;

function logTable<T>(rows: T[], columns: [string, ColumnType, Getter<T>][]): LogTable {
  return {
    rowCount: rows.length,
    reports: [],
    columns: columns.map(([name, type, get]): Column => {
      const values = rows.map(get);
      if (type === 'category') return { type, name, ...dictionaryEncode(values) };
      return { type, name, values: Float64Array.from(values, (v) => (v === null ? NaN : Number(v))) };
    }),
  };
}

const seconds = (v: number | null): number | null => (v === null ? null : v * S);

function predictionTable(rows: Prediction[]): LogTable {
  return logTable(rows, [
    ['key', 'category', (p) => p.key],
    ['ts', 'time', (p) => seconds(p.ts)],
    ['score', 'number', (p) => p.score],
    ['flag', 'boolean', (p) => p.flag],
    ['region', 'category', (p) => p.region],
    ['grade', 'category', (p) => p.grade],
    ['qty', 'number', (p) => p.qty],
    ['sent', 'time', (p) => p.sent * S],
    ['day', 'time', (p) => Date.parse(p.day)],
  ]);
}

function labelTable(rows: Label[]): LogTable {
  return logTable(rows, [
    ['key', 'category', (l) => l.key],
    ['label', 'number', (l) => l.label],
    ['label_ts', 'time', (l) => l.label_ts * S],
  ]);
}

/** A pipeline whose stages are tables of the two shards. */
function shardsPipeline(name: string, url: string, stages: PipelineStage[]): Pipeline {
  return { name, source: '', dir: '', inferred: false, guesses: [], engine: 'clickhouse', engineSettings: { url }, stages };
}

function stage(name: string, table: string, columnTypes: Record<string, ColumnType>, time: string): PipelineStage {
  return { name, patterns: [], files: [], table, key: 'key', time, columnTypes };
}

function closeTo(actual: number | null | undefined, expected: number | null | undefined, what: string): void {
  if (expected === null || expected === undefined || actual === null || actual === undefined) {
    assert.equal(actual ?? null, expected ?? null, what);
    return;
  }
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= 1e-9 * scale, `${what}: ${actual} != ${expected}`);
}

whenClickHouse(registerTests);

function registerTests(): void {
  const predictions = makePredictions();
  const labels = makeLabels(predictions);
  const memory: Engine = new ArqueroEngine(new Map([['predict', predictionTable(predictions)], ['feedback', labelTable(labels)]]));
  let shards: TwoShards;
  let engine: SqlEngine;

  before(async () => {
    shards = await startTwoShards();
    console.log(`two ClickHouse shards answered after ${shards.startupMs} ms`);
    await shards.createSharded(PREDICT_TABLE);
    await shards.createSharded(LABEL_TABLE);
    await shards.load(PREDICT_TABLE, predictions.map((p) => ({ ...p, score: p.score !== null && Number.isNaN(p.score) ? 'nan' : p.score })));
    await shards.load(LABEL_TABLE, labels);
    engine = await openClickHouseEngine(shardsPipeline('shards', shards.url, [stage('predict', 'sl.predict', { flag: 'boolean', sent: 'time' }, 'ts'), stage('feedback', 'sl.feedback', {}, 'label_ts')]));
  });

  after(async () => {
    await engine?.close();
    await shards?.stop();
  });

  test('records dropped between stages with numeric keys, unique downstream and repeated, are counted as in memory', async () => {
    // ClickHouse fills a left join's right key with the left key, so a dropped record must be told by another column.
    const up = Array.from({ length: 300 }, (_, i) => ({ key: i, ts: START / S + i * 600, amount: i % 7 === 0 ? null : i / 4 }));
    const kept = up.filter((r) => r.key % 10 !== 3).map((r) => ({ ...r, amount: r.key % 11 === 0 ? (r.amount ?? 0) + 1 : r.amount }));
    // Repeated keys as exact copies: without a row order ClickHouse picks any one of them, and all are alike.
    const repeated = [...kept, ...kept.filter((r) => r.key % 5 === 0)];
    const columns: [string, string][] = [
      ['key', 'UInt64'],
      ['ts', 'DateTime'],
      ['amount', 'Nullable(Float64)'],
    ];
    const tables: Record<string, typeof up> = { up, down_unique: kept, down_repeated: repeated };
    for (const [name, rows] of Object.entries(tables)) {
      const table: ShardedTable = { database: 'sl', name, columns, shardingKey: 'key' };
      await shards.createSharded(table);
      await shards.load(table, rows);
    }
    const numeric = (rows: typeof up): LogTable => logTable(rows, [['key', 'number', (r) => r.key], ['ts', 'time', (r) => seconds(r.ts)], ['amount', 'number', (r) => r.amount]]);
    const house = await openClickHouseEngine(shardsPipeline('numeric', shards.url, Object.keys(tables).map((name) => stage(name, `sl.${name}`, {}, 'ts'))));
    try {
      const inMemory = new ArqueroEngine(new Map(Object.entries(tables).map(([name, rows]) => [name, numeric(rows)])));
      for (const to of ['down_unique', 'down_repeated']) {
        const request = { from: { stage: 'up', key: 'key', time: 'ts' }, to: { stage: to, key: 'key' }, columns: ['amount'], bucket: 'day' as const };
        const [changes, expected] = [await house.keyedChanges(request), await inMemory.keyedChanges(request)];
        assert.equal(expected.dropped, 30, 'one key in ten is dropped');
        assert.ok(expected.changed > 0);
        assert.deepEqual(changes, expected, to);
      }
    } finally {
      await house.close();
    }
  });

  test('the Distributed tables span both shards, every row exactly once', async () => {
    for (const [table, rows] of [['predict', predictions.length], ['feedback', labels.length]] as const) {
      const onShards = await Promise.all([0, 1].map(async (server) => Number((await shards.query(`SELECT count() AS n FROM sl.${table}_local`, server))[0].n)));
      assert.ok(onShards.every((n) => n > 0), `each shard holds part of ${table}: ${onShards}`);
      assert.equal(onShards[0] + onShards[1], rows);
      assert.equal(Number((await shards.query(`SELECT count() AS n FROM sl.${table}`))[0].n), rows);
    }
  });

  test('stages, row counts and load reports', async () => {
    assert.deepEqual(engine.stageNames(), ['predict', 'feedback']);
    assert.equal(await engine.rowCount('predict'), predictions.length);
    assert.equal(await engine.rowCount('feedback'), labels.length);
    assert.deepEqual(engine.loadReports('predict').map((r) => [r.file, r.rows]), [['clickhouse:sl.predict', predictions.length]]);
  });

  test('profile equals the in-memory profile', async () => {
    for (const name of ['predict', 'feedback']) {
      const byName = (profiles: Awaited<ReturnType<Engine['profile']>>) => Object.fromEntries(profiles.map((p) => [p.name, p]));
      assert.deepEqual(byName(await engine.profile(name)), byName(await memory.profile(name)));
    }
  });

  test('histogram counts values on edges, the last edge, below, above and missing', async () => {
    for (const [column, edges] of [['score', EDGES], ['qty', [-1, 0, 1, 2]], ['ts', [START, START + 2 * D, START + 5 * D, START + 8 * D]], ['flag', [0, 0.5, 1]]] as const) {
      const expected = await memory.histogram('predict', column, [...edges]);
      assert.deepEqual(await engine.histogram('predict', column, [...edges]), expected, column);
    }
    const scores = await memory.histogram('predict', 'score', EDGES);
    assert.ok(scores.below > 0 && scores.above > 0 && scores.missing > 0 && scores.counts[EDGES.length - 2] > 0);
  });

  test('valueCounts equal as sets', async () => {
    const bySet = (counts: { value: string | null; count: number }[]) => [...counts].sort((a, b) => String(a.value).localeCompare(String(b.value)));
    for (const column of ['region', 'grade', 'qty', 'flag', 'key']) {
      assert.deepEqual(bySet(await engine.valueCounts('predict', column)), bySet(await memory.valueCounts('predict', column)), column);
    }
    const top = await engine.valueCounts('predict', 'region', 2);
    assert.equal(top.length, 2);
    assert.ok(top[0].count >= top[1].count);
  });

  test('sortedValues', async () => {
    for (const column of ['score', 'qty', 'ts', 'sent', 'day', 'flag']) {
      assert.deepEqual([...(await engine.sortedValues('predict', column))], [...(await memory.sortedValues('predict', column))], column);
    }
  });

  test('groupAggregate by day and category, week and boolean', async () => {
    const aggregates = {
      n: { op: 'count' },
      valid: { op: 'validCount', column: 'score' },
      nulls: { op: 'nullCount', column: 'score' },
      sum: { op: 'sum', column: 'score' },
      mean: { op: 'mean', column: 'score' },
      min: { op: 'min', column: 'score' },
      max: { op: 'max', column: 'score' },
      median: { op: 'median', column: 'score' },
    } as const;
    const requests = [
      { by: [{ column: 'ts', bucket: 'day' as const }, { column: 'region' }], aggregates },
      { by: [{ column: 'ts', bucket: 'week' as const }], aggregates },
      { by: [{ column: 'flag' }, { column: 'grade' }], aggregates },
      { by: [], aggregates },
    ];
    for (const request of requests) {
      const expected = keyed(await memory.groupAggregate('predict', request));
      const actual = keyed(await engine.groupAggregate('predict', request));
      assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
      for (const [key, row] of expected) {
        const got = actual.get(key)!;
        for (const name of ['n', 'valid', 'nulls']) assert.equal(got.values[name], row.values[name], `${key} ${name}`);
        for (const name of ['sum', 'mean', 'min', 'max', 'median']) closeTo(got.values[name], row.values[name], `${key} ${name}`);
      }
    }
  });

  test('labelJoin with label times, without them, and within one stage', async () => {
    const requests = [
      { predictions: { stage: 'predict', key: 'key', time: 'ts' }, labels: { stage: 'feedback', key: 'key', column: 'label', time: 'label_ts' }, bucket: 'day' as const },
      { predictions: { stage: 'predict', key: 'key', time: 'ts' }, labels: { stage: 'feedback', key: 'key', column: 'label' }, bucket: 'week' as const },
      { predictions: { stage: 'predict', key: 'key', time: 'ts' }, labels: { stage: 'predict', key: 'key', column: 'flag', time: 'sent' }, bucket: 'day' as const },
    ];
    for (const request of requests) {
      const expected = await memory.labelJoin(request);
      const actual = await engine.labelJoin(request);
      assert.equal(actual.total, expected.total);
      assert.equal(actual.labeled, expected.labeled);
      assert.ok(expected.labeled > 0 && expected.labeled < expected.total);
      assert.equal(actual.lag === undefined, expected.lag === undefined);
      if (expected.lag) for (const q of ['p50', 'p90', 'p99', 'max'] as const) closeTo(actual.lag![q], expected.lag[q], `lag ${q}`);
      assert.deepEqual(actual.buckets.map((b) => [b.start, b.total, b.labeled]), expected.buckets.map((b) => [b.start, b.total, b.labeled]));
      actual.buckets.forEach((b, i) => closeTo(b.medianLagMs, expected.buckets[i].medianLagMs, `bucket ${b.start} median lag`));
    }
  });

  test('windowSummaries: counts exact, quantiles equal the in-memory type-7 quantiles', async () => {
    for (const bucket of ['hour', 'day', 'week'] as const) {
      const request = { time: 'ts', bucket, columns: ['score', 'qty', 'region', 'flag', 'sent', 'grade'] };
      assertSummariesEqual(await engine.windowSummaries('predict', request), await memory.windowSummaries('predict', request));
    }
  });

  test('windowedRangeCounts', async () => {
    for (const bucket of ['day', 'week'] as const) {
      const request = { time: 'ts', bucket, column: 'score', lo: 0, hi: 0.75 };
      assert.deepEqual(await engine.windowedRangeCounts('predict', request), await memory.windowedRangeCounts('predict', request));
    }
  });

  test('windowedBinCounts with edges and categories, with and without a slice', async () => {
    const requests = [
      { time: 'ts', bucket: 'day' as const, column: 'score', bins: { kind: 'edges' as const, edges: EDGES } },
      { time: 'ts', bucket: 'day' as const, column: 'score', bins: { kind: 'edges' as const, edges: EDGES }, slice: { column: 'region', values: ['north', 'wëst', 'nowhere'] } },
      { time: 'ts', bucket: 'week' as const, column: 'region', bins: { kind: 'categories' as const, values: ['south', 'east'] } },
      { time: 'ts', bucket: 'day' as const, column: 'grade', bins: { kind: 'categories' as const, values: ['hi'] }, slice: { column: 'flag', values: ['0', '1'] } },
      { time: 'sent', bucket: 'hour' as const, column: 'qty', bins: { kind: 'edges' as const, edges: [-1, 0, 3] }, slice: { column: 'grade', values: ['lo'] } },
    ];
    for (const request of requests) {
      const expected = await memory.windowedBinCounts('predict', request);
      const actual = await engine.windowedBinCounts('predict', request);
      assert.deepEqual({ ...actual, counts: [...actual.counts] }, { ...expected, counts: [...expected.counts] });
    }
  });

  test('timeSlice answers like a stage', async () => {
    const request = { time: 'ts', start: START + 2 * D, end: START + 5 * D + 7 * H };
    const [sliceHere, sliceThere] = [await engine.timeSlice('predict', request), await memory.timeSlice('predict', request)];
    assert.equal(sliceHere, sliceThere);
    assert.equal(await engine.rowCount(sliceHere), await memory.rowCount(sliceThere));
    assert.deepEqual(await engine.histogram(sliceHere, 'score', EDGES), await memory.histogram(sliceThere, 'score', EDGES));
    const summaries = { time: 'ts', bucket: 'day' as const, columns: ['score', 'region'] };
    assertSummariesEqual(await engine.windowSummaries(sliceHere, summaries), await memory.windowSummaries(sliceThere, summaries));
    const open = await engine.timeSlice('predict', { time: 'ts', end: START + D });
    assert.equal(await engine.rowCount(open), await memory.rowCount(await memory.timeSlice('predict', { time: 'ts', end: START + D })));
  });

  test('sampleRows draws the requested number of rows from the stage', async () => {
    const columns = ['key', 'score', 'region', 'ts'];
    const sample = await engine.sampleRows('predict', { columns, size: 200, seed: 3 });
    assert.equal(sample.population, predictions.length);
    assert.equal(sample.rows, 200);
    assert.deepEqual(sample.columns.map((c) => [c.name, c.type]), [['key', 'category'], ['score', 'number'], ['region', 'category'], ['ts', 'time']]);
    const table = predictionTable(predictions);
    const all = new Set(rowTexts(columns.map((name) => table.columns.find((c) => c.name === name)!), table.rowCount));
    for (const row of rowTexts(sample.columns, sample.rows)) assert.ok(all.has(row), `sampled row ${row} is in the stage`);
    const again = await engine.sampleRows('predict', { columns, size: 200, seed: 3 });
    assert.deepEqual(rowTexts(again.columns, again.rows).sort(), rowTexts(sample.columns, sample.rows).sort(), 'the same seed draws the same rows');
    const whole = await engine.sampleRows('feedback', { columns: ['key'], size: labels.length + 10, seed: 1 });
    assert.equal(whole.rows, labels.length);
  });

  test('stored types and declared types become Sightline columns', async () => {
    const table: ShardedTable = {
      database: 'sl',
      name: 'types',
      columns: [
        ['code', 'FixedString(4)'],
        ['iso', 'String'],
        ['yes', 'Nullable(String)'],
        ['amount', 'String'],
        ['ms', 'Int64'],
        ['f32', 'Float32'],
        ['nested', 'Array(UInt8)'],
      ],
      shardingKey: 'rand()',
    };
    await shards.createSharded(table);
    await shards.load(table, [
      { code: 'ab', iso: '2024-01-08T10:00:00Z', yes: 'true', amount: '1.5', ms: 1704708000000, f32: 0.5, nested: [1] },
      { code: 'abcd', iso: '2024-01-08T12:30:00+02:00', yes: 'FALSE', amount: 'n/a', ms: 1704708001000, f32: 'nan', nested: [] },
      { code: '', iso: '', yes: null, amount: '', ms: 1704708002000, f32: -1.25, nested: [] },
    ]);
    const types = await openClickHouseEngine(shardsPipeline('types', shards.url, [stage('t', 'sl.types', { iso: 'time', yes: 'boolean', amount: 'number', ms: 'time' }, 'iso')]));
    try {
      const sample = await types.sampleRows('t', { columns: ['code', 'iso', 'yes', 'amount', 'ms', 'f32'], size: 10, seed: 1 });
      const rows = rowTexts(sample.columns, sample.rows).sort();
      assert.deepEqual(rows, [
        JSON.stringify(['ab', Date.UTC(2024, 0, 8, 10), 1, 1.5, 1704708000000, 0.5]),
        JSON.stringify(['abcd', Date.UTC(2024, 0, 8, 10, 30), 0, null, 1704708001000, null]),
        JSON.stringify([null, null, null, null, 1704708002000, -1.25]),
      ].sort());
      assert.deepEqual((await types.profile('t')).map((p) => [p.name, p.type]), [['code', 'category'], ['iso', 'time'], ['yes', 'boolean'], ['amount', 'number'], ['ms', 'time'], ['f32', 'number']]);
    } finally {
      await types.close();
    }
  });

  test('the client reads the password from the environment and reports connection and query errors', async () => {
    process.env.SIGHTLINE_TEST_CH_PASSWORD = PASSWORD_USER.password;
    const client = await openClickHouse({ url: shards.url, user: PASSWORD_USER.name, passwordEnv: 'SIGHTLINE_TEST_CH_PASSWORD' });
    assert.deepEqual(await client.query('SELECT count() AS n, toUInt64(18446744073709) AS big, toString(42) AS text FROM sl.predict'), [{ n: predictions.length, big: 18446744073709, text: '42' }]);
    await assert.rejects(client.query('SELECT nope FROM sl.predict'), (error: unknown) => error instanceof SightlineInputError && error.code === 'engine.clickhouse-query' && /nope/.test(error.message));
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(client.query('SELECT 1', aborted.signal), (error: unknown) => (error as Error).name === 'AbortError');
    await client.close();
    process.env.SIGHTLINE_TEST_CH_PASSWORD = 'not-the-password-42';
    await assert.rejects(openClickHouse({ url: shards.url, user: PASSWORD_USER.name, passwordEnv: 'SIGHTLINE_TEST_CH_PASSWORD' }), (error: unknown) => {
      assert.ok(error instanceof SightlineInputError && error.code === 'engine.clickhouse-connect', String(error));
      assert.ok(!`${error.message} ${error.hint}`.includes('not-the-password-42'), 'the password is never shown');
      return true;
    });
    delete process.env.SIGHTLINE_TEST_CH_PASSWORD;
    await assert.rejects(openClickHouse({ url: shards.url, user: PASSWORD_USER.name, passwordEnv: 'SIGHTLINE_TEST_CH_PASSWORD' }), /SIGHTLINE_TEST_CH_PASSWORD is not set/);
    const closedPort = shards.ports[2];
    await assert.rejects(openClickHouse({ url: `http://127.0.0.1:${closedPort}` }), (error: unknown) => error instanceof SightlineInputError && error.code === 'engine.clickhouse-connect' && error.message.includes(`127.0.0.1:${closedPort}`));
  });

  test('a long query is cancelled through its AbortSignal', async () => {
    const client = await openClickHouse({ url: shards.url });
    const controller = new AbortController();
    const running = client.query('SELECT sleep(3) AS slept', controller.signal);
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    await assert.rejects(running, (error: unknown) => (error as Error).name === 'AbortError');
    assert.ok(Date.now() - started < 2000, 'the query is abandoned when the signal fires, not when it ends');
    await client.close();
  });
}

function keyed(rows: GroupRow[]): Map<string, GroupRow> {
  return new Map(rows.map((row) => [JSON.stringify(Object.entries(row.keys).map(([k, v]) => [k, v === null ? null : String(v)])), row]));
}

function assertSummariesEqual(actual: WindowSummary[], expected: WindowSummary[]): void {
  assert.deepEqual(actual.map((w) => [w.start, w.rows]), expected.map((w) => [w.start, w.rows]));
  actual.forEach((window, w) => {
    for (const [name, stats] of Object.entries(expected[w].columns)) {
      const got = window.columns[name];
      assert.deepEqual([got.valid, got.nulls, got.distinct], [stats.valid, stats.nulls, stats.distinct], `${window.start} ${name} counts`);
      for (const figure of ['mean', 'std', 'min', 'max', 'q10', 'q50', 'q90'] as const) closeTo(got[figure], stats[figure], `${window.start} ${name} ${figure}`);
    }
  });
}

/** Each row of row-aligned columns as text, for comparing rows regardless of dictionary codes. */
function rowTexts(columns: Column[], rows: number): string[] {
  return Array.from({ length: rows }, (_, i) =>
    JSON.stringify(columns.map((c) => (c.type === 'category' ? (c.codes[i] < 0 ? null : c.dictionary[c.codes[i]]) : Number.isNaN(c.values[i]) ? null : c.values[i]))),
  );
}
