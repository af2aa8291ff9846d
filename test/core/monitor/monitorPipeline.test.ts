import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MonitorAlert, MonitorResult } from '../../../core/monitor';
import { monitorPipeline } from '../../../core/monitor';
import { DAY, REFERENCE_DAYS, T0, syntheticPipeline } from './synthetic';

const day = (i: number): number => T0 + i * DAY;

async function run(plan: Parameters<typeof syntheticPipeline>[0]): Promise<MonitorResult> {
  const { pipeline, engine } = syntheticPipeline(plan);
  return monitorPipeline(pipeline, engine, { bucket: 'day' });
}

function find(result: MonitorResult, kind: MonitorAlert['kind'], stage: string, column: string): MonitorAlert[] {
  return result.alerts.filter((a) => a.kind === kind && a.stage === stage && a.column === column);
}

test('an unchanged pipeline raises no alert or warning', async () => {
  const result = await run({});
  assert.equal(result.bucket, 'day');
  assert.equal(result.reference.source, 'range');
  assert.equal(result.stages[0].referenceWindows, REFERENCE_DAYS);
  assert.deepEqual(result.alerts.map((a) => `${a.kind} ${a.stage}.${a.column} ${a.evidence}`), []);
});

test('planted incidents are found in the right window, stage and column', async () => {
  const result = await run({
    nullBurst: { days: [40, 41], share: 0.4 },
    volumeDrop: { day: 45, rows: 60 },
    rangeShift: { days: [50, 51, 52], by: 10 },
    newCategory: { days: [55, 56, 57, 58, 59], share: 0.3 },
  });
  const nulls = find(result, 'nulls', 'ingest', 'y');
  assert.equal(nulls.length, 1, 'one alert for the two-day burst');
  assert.deepEqual([nulls[0].onset, nulls[0].last, nulls[0].severity], [day(40), day(41), 'alert']);
  assert.match(nulls[0].evidence, /null rate/);

  const volume = find(result, 'volume', 'ingest', '*');
  assert.deepEqual(volume.map((a) => [a.onset, a.last, a.severity]), [[day(45), day(45), 'alert']]);

  const range = find(result, 'out-of-range', 'clean', 'x');
  assert.deepEqual(range.map((a) => [a.onset, a.last, a.severity]), [[day(50), day(52), 'alert']]);

  const unseen = find(result, 'unseen-category', 'clean', 'cat');
  assert.deepEqual(unseen.map((a) => [a.onset, a.last, a.severity]), [[day(55), day(59), 'alert']]);

  const planted = new Set([40, 41, 45, 50, 51, 52, 55, 56, 57, 58, 59].map(day));
  const elsewhere = result.alerts.filter((a) => !planted.has(a.onset));
  assert.deepEqual(elsewhere.map((a) => `${a.kind} ${a.stage}.${a.column} ${new Date(a.onset).toISOString()}`), []);
});

test('the summary score drills down to the column that moved', async () => {
  const result = await run({ rangeShift: { days: [50, 51, 52], by: 10 } });
  const clean = result.stages.find((s) => s.stage === 'clean')!;
  const window = clean.windows.find((w) => w.start === day(50))!;
  assert.equal(window.drillDown[0].column, 'x');
  assert.equal(window.columns.x.summary?.decision, 'alert');
  assert.ok(find(result, 'summary-shift', 'clean', 'x').some((a) => a.onset === day(50)));
});

test('a column emptied from some day on is a schema alert', async () => {
  const result = await run({ emptied: { fromDay: 50 } });
  const schema = find(result, 'schema', 'ingest', 'z');
  assert.deepEqual(schema.map((a) => [a.onset, a.last, a.windows]), [[day(50), day(59), 10]]);
});

test('without a reference range the first windows are the reference', async () => {
  const { pipeline, engine } = syntheticPipeline({});
  const result = await monitorPipeline({ ...pipeline, reference: undefined }, engine, { bucket: 'day', referenceWindows: 10 });
  assert.deepEqual(result.reference, { source: 'first-windows', windows: 10, start: T0, end: day(10) });
  assert.equal(result.stages[1].referenceWindows, 10);
  assert.ok(JSON.parse(JSON.stringify(result)).alerts, 'the result is plain JSON');
});
