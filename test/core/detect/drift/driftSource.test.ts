import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogTable } from '../../../../core/io/logTable';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openEngine } from '../../../../core/engine/openEngine';
import { detectDrift, openDriftInput } from '../../../../core/detect/drift';
import { SightlineInputError } from '../../../../core/io/errors';
import { tempDir } from '../../../helpers/tempDir';

const DAY = 86_400_000;
const T0 = Date.UTC(2001, 0, 1);

interface Row { ts: number | null; amount: number; country: string }

/** 60 days, 15 rows a day, amount shifting by day 35; two rows without a time; `scores` has no time column. */
function rows(): Row[] {
  let seed = 5;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const out: Row[] = [];
  for (let day = 0; day < 60; day++) {
    for (let i = 0; i < 15; i++) {
      const shift = day >= 35 ? 1 : 0;
      out.push({ ts: T0 + day * DAY + Math.floor(random() * DAY), amount: Number((random() * 3 + shift).toFixed(4)), country: random() < 0.5 ? 'NO' : 'SE' });
    }
  }
  out.push({ ts: null, amount: 99, country: 'DK' }, { ts: null, amount: -99, country: 'DK' });
  return out;
}

function workspace(all: Row[]) {
  const t = tempDir('sightline-source-');
  const csv = ['ts,amount,country', ...all.map((r) => `${r.ts === null ? '' : new Date(r.ts).toISOString()},${r.amount},${r.country}`)];
  t.write('logs/features.csv', csv.join('\n') + '\n');
  t.write('logs/scores.csv', 'score\n0.1\n0.7\n');
  t.write('sightline.json', JSON.stringify({
    version: 1,
    name: 'toy',
    stages: [{ name: 'features', files: 'logs/features.csv', time: 'ts' }, { name: 'scores', files: 'logs/scores.csv' }],
  }));
  return t;
}

const open = async (target: string) => openEngine(openPipeline(target));

/** The rows in [start, end) as a table, filtered here by hand rather than by the engine. */
function bruteForce(all: Row[], start: number, end: number): LogTable {
  const kept = all.filter((r) => r.ts !== null && r.ts >= start && r.ts < end);
  const dictionary = ['NO', 'SE', 'DK'];
  return {
    rowCount: kept.length,
    reports: [],
    columns: [
      { type: 'number', name: 'amount', values: Float64Array.from(kept, (r) => r.amount) },
      { type: 'category', name: 'country', codes: Int32Array.from(kept, (r) => dictionary.indexOf(r.country)), dictionary },
    ],
  };
}

test('a stage cut to a time range holds exactly the rows a brute-force filter keeps', async () => {
  const all = rows();
  const t = workspace(all);
  const start = T0 + 10 * DAY;
  const end = T0 + 20 * DAY;
  const input = await openDriftInput({ target: t.dir, stage: 'features', start, end }, open);
  assert.ok('engine' in input);
  assert.equal(input.source, 'features 2001-01-11..2001-01-21');
  const expected = all.filter((r) => r.ts !== null && r.ts >= start && r.ts < end);
  assert.equal(await input.engine.rowCount(input.stage), expected.length);
  assert.deepEqual(Array.from(await input.engine.sortedValues(input.stage, 'amount')), expected.map((r) => r.amount).sort((a, b) => a - b));
  const counts = await input.engine.valueCounts(input.stage, 'country');
  const no = expected.filter((r) => r.country === 'NO').length;
  assert.deepEqual(new Map(counts.map((c) => [c.value, c.count])), new Map(([['NO', no], ['SE', expected.length - no]] as [string, number][]).filter(([, n]) => n !== 0)));
  assert.ok(!input.engine.stageNames().includes(input.stage), 'derived stages stay out of the stage list');
});

test('drift between two ranges of a stage equals drift between the brute-force filtered tables', async () => {
  const all = rows();
  const t = workspace(all);
  const ranges = [[T0, T0 + 30 * DAY], [T0 + 40 * DAY, T0 + 60 * DAY]] as const;
  const [reference, current] = await Promise.all(ranges.map(([start, end]) => openDriftInput({ target: t.dir, stage: 'features', start, end }, open)));
  const fromStage = await detectDrift(reference, current);
  const fromRows = await detectDrift({ table: bruteForce(all, ...ranges[0]) }, { table: bruteForce(all, ...ranges[1]) });
  const strip = (r: typeof fromStage) => r.columns.map(({ column, statistic, pValue, drifted, counts }) => ({ column, statistic, pValue, drifted, counts }));
  assert.deepEqual(strip(fromStage), strip(fromRows));
  assert.equal(fromStage.columns.find((c) => c.column === 'amount')?.drifted, true);
  assert.equal(fromStage.reference.source, 'features 2001-01-01..2001-01-31');
  assert.equal(fromStage.reference.rows, 30 * 15);
});

test('open ranges, a whole stage and a file', async () => {
  const all = rows();
  const t = workspace(all);
  const from = await openDriftInput({ target: t.dir, stage: 'features', start: T0 + 50 * DAY + 3_600_000 }, open);
  assert.equal(from.source, 'features 2001-02-20T01:00:00Z..');
  assert.ok('engine' in from);
  assert.equal(await from.engine.rowCount(from.stage), all.filter((r) => r.ts !== null && r.ts >= T0 + 50 * DAY + 3_600_000).length);
  const whole = await openDriftInput({ target: t.dir, stage: 'scores' }, open);
  assert.ok('engine' in whole);
  assert.equal(await whole.engine.rowCount(whole.stage), 2);
  const file = await openDriftInput({ file: `${t.dir}/logs/scores.csv` }, open);
  assert.ok('table' in file);
  assert.equal(file.table.rowCount, 2);
});

test('unknown stage, no time column and an empty range are clear input errors', async () => {
  const t = workspace(rows());
  await assert.rejects(openDriftInput({ target: t.dir, stage: 'labels' }, open), (e: unknown) => e instanceof SightlineInputError && /no stage "labels" \(stages: features, scores\)/.test(e.message));
  await assert.rejects(openDriftInput({ target: t.dir, stage: 'scores', start: T0 }, open), (e: unknown) => e instanceof SightlineInputError && /stage "scores" has no time column/.test(e.message));
  await assert.rejects(
    openDriftInput({ target: t.dir, stage: 'features', start: Date.UTC(2003, 0, 1), end: Date.UTC(2003, 1, 1) }, open),
    (e: unknown) => e instanceof SightlineInputError && /no rows in 2003-01-01\.\.2003-02-01 \(its time column "ts" spans 2001-01-01T\d\d:\d\d:\d\d(\.\d+)?Z? to 2001-03-01/.test(e.message),
  );
  await assert.rejects(openDriftInput({ target: t.dir, stage: 'features', start: T0 + DAY, end: T0 }, open), (e: unknown) => e instanceof SightlineInputError && /end must come after its start/.test(e.message));
});
