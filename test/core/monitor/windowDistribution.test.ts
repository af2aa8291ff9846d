import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pipeline } from '../../../core/io/pipeline';
import type { LogTable } from '../../../core/io/logTable';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { createRandom } from '../../../core/demo/random';
import { MISSING, OTHER, MAX_CATEGORIES, windowDistribution } from '../../../core/monitor/windowDistribution';
import { SightlineInputError } from '../../../core/io/errors';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const DAYS = 30;
const CATEGORIES = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);

interface Rows {
  ts: (number | null)[];
  x: (number | null)[];
  cat: (string | null)[];
  flag: (boolean | null)[];
}

/** 30 days of rows: x ~ N(10, 2) shifted by +6 from day 20, skewed categories, some nulls and rows without a time. */
function rows(seed = 3): Rows {
  const random = createRandom(seed);
  const out: Rows = { ts: [], x: [], cat: [], flag: [] };
  for (let day = 0; day < DAYS; day++) {
    for (let i = 0; i < 150; i++) {
      out.ts.push(random.next() < 0.01 ? null : T0 + day * DAY + Math.floor(random.next() * DAY));
      out.x.push(random.next() < 0.05 ? null : 10 + 2 * random.normal() + (day >= 20 ? 6 : 0));
      const k = Math.min(CATEGORIES.length - 1, Math.floor(-Math.log(1 - random.next()) * 4));
      out.cat.push(random.next() < 0.03 ? null : CATEGORIES[k]);
      out.flag.push(random.next() < 0.02 ? null : random.next() < (day >= 20 ? 0.6 : 0.2));
    }
  }
  return out;
}

function setup(reference: Pipeline['reference'], data = rows()): { pipeline: Pipeline; engine: ArqueroEngine; data: Rows } {
  const frame = { ts: data.ts.map((t) => (t === null ? null : new Date(t))), x: data.x, cat: data.cat, flag: data.flag };
  const tables = new Map<string, LogTable>([
    ['s', fromDataFrame(frame)],
    ['untimed', fromDataFrame({ x: [1, 2, 3] })],
  ]);
  const pipeline: Pipeline = {
    name: 'p',
    source: 'memory',
    dir: '.',
    inferred: false,
    guesses: [],
    stages: [
      { name: 's', patterns: [], files: [], time: 'ts', columnTypes: {} },
      { name: 'untimed', patterns: [], files: [], columnTypes: {} },
    ],
    ...(reference ? { reference } : {}),
    engine: 'arquero',
  };
  return { pipeline, engine: new ArqueroEngine(tables), data };
}

const inRange = (t: number | null, start: number, end: number) => t !== null && t >= start && t < end;

/** Brute force: the rows of [start, end) on the given edges, last bin closed, with below / above / missing apart. */
function bruteNumeric(data: Rows, start: number, end: number, edges: number[]) {
  const counts = new Array<number>(edges.length - 1).fill(0);
  let below = 0;
  let above = 0;
  let missing = 0;
  data.ts.forEach((t, i) => {
    if (!inRange(t, start, end)) return;
    const v = data.x[i];
    if (v === null) missing++;
    else if (v < edges[0]) below++;
    else if (v > edges[edges.length - 1]) above++;
    else {
      let bin = edges.findIndex((e, k) => k < edges.length - 1 && v >= e && v < edges[k + 1]);
      if (bin < 0) bin = edges.length - 2;
      counts[bin]++;
    }
  });
  return { counts, below, above, missing };
}

function bruteCategories(data: Rows, start: number, end: number): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  data.ts.forEach((t, i) => {
    if (inRange(t, start, end)) counts.set(data.cat[i], (counts.get(data.cat[i]) ?? 0) + 1);
  });
  return counts;
}

const REFERENCE = { kind: 'range' as const, start: T0, end: T0 + 14 * DAY };
const WINDOW = { start: T0 + 25 * DAY, end: T0 + 26 * DAY };

test('numeric: reference bins cover the reference range; both sides match brute-force counts', async () => {
  const { pipeline, engine, data } = setup(REFERENCE);
  const d = await windowDistribution(pipeline, engine, { stage: 's', column: 'x', ...WINDOW });
  assert.equal(d.kind, 'numeric');
  const edges = d.edges ?? [];
  const refValues = data.x.filter((v, i): v is number => v !== null && inRange(data.ts[i], REFERENCE.start, REFERENCE.end));
  assert.ok(edges[0] <= Math.min(...refValues) && edges[edges.length - 1] >= Math.max(...refValues), `edges ${edges}`);
  assert.ok(edges.length - 1 >= 5 && edges.length - 1 <= 30, `${edges.length - 1} bins`);
  assert.deepEqual([d.reference.start, d.reference.end], [REFERENCE.start, REFERENCE.end]);
  assert.deepEqual([d.current.start, d.current.end], [WINDOW.start, WINDOW.end]);
  for (const [side, start, end] of [[d.reference, REFERENCE.start, REFERENCE.end], [d.current, WINDOW.start, WINDOW.end]] as const) {
    const brute = bruteNumeric(data, start, end, edges);
    const offset = d.bins[0].startsWith('<') ? 1 : 0;
    assert.deepEqual(side.counts.slice(offset, offset + brute.counts.length), brute.counts);
    if (offset) assert.equal(side.counts[0], brute.below);
    const aboveAt = d.bins.findIndex((b) => b.startsWith('>'));
    if (aboveAt >= 0) assert.equal(side.counts[aboveAt], brute.above);
    else assert.equal(brute.above, 0);
    assert.equal(side.counts[d.bins.indexOf(MISSING)], brute.missing);
    assert.equal(side.rows, data.ts.filter((t) => inRange(t, start, end)).length);
  }
  // The shifted window puts values above the reference range, in a bin of their own.
  const above = d.bins.findIndex((b) => b.startsWith('>'));
  assert.ok(above >= 0 && d.current.counts[above] > 0, `bins ${d.bins}`);
  assert.equal(d.reference.counts[above], 0);
  assert.equal(d.bins.length, d.reference.counts.length);
  assert.equal(d.bins.length, d.current.counts.length);
});

test('categorical: the reference top values, then (other) and (missing), match brute-force counts', async () => {
  const { pipeline, engine, data } = setup(REFERENCE);
  const d = await windowDistribution(pipeline, engine, { stage: 's', column: 'cat', ...WINDOW });
  assert.equal(d.kind, 'categorical');
  assert.equal(d.edges, undefined);
  const ref = bruteCategories(data, REFERENCE.start, REFERENCE.end);
  const cur = bruteCategories(data, WINDOW.start, WINDOW.end);
  const top = [...ref].filter(([v]) => v !== null).sort((a, b) => b[1] - a[1]).slice(0, MAX_CATEGORIES).map(([v]) => v as string);
  assert.deepEqual(d.bins.slice(0, top.length).sort(), [...top].sort());
  assert.deepEqual(d.bins.slice(top.length), [OTHER, MISSING]);
  const otherOf = (counts: Map<string | null, number>) => [...counts].filter(([v]) => v !== null && !top.includes(v)).reduce((s, [, c]) => s + c, 0);
  for (const [side, brute] of [[d.reference, ref], [d.current, cur]] as const) {
    assert.deepEqual(side.counts, [...d.bins.slice(0, top.length).map((v) => brute.get(v) ?? 0), otherOf(brute), brute.get(null) ?? 0]);
    assert.equal(side.rows, [...brute.values()].reduce((s, c) => s + c, 0));
  }
});

test('without a reference range the reference is the first seven windows of the data', async () => {
  const { pipeline, engine, data } = setup(undefined);
  const d = await windowDistribution(pipeline, engine, { stage: 's', column: 'x', ...WINDOW });
  assert.deepEqual([d.reference.start, d.reference.end], [T0, T0 + 7 * DAY]);
  assert.equal(d.reference.rows, data.ts.filter((t) => inRange(t, T0, T0 + 7 * DAY)).length);
});

test('booleans compare as true / false shares', async () => {
  const { pipeline, engine, data } = setup(REFERENCE);
  const d = await windowDistribution(pipeline, engine, { stage: 's', column: 'flag', ...WINDOW });
  assert.equal(d.kind, 'categorical');
  assert.deepEqual([...d.bins].filter((b) => b !== MISSING).sort(), ['false', 'true']);
  const trues = data.flag.filter((f, i) => f === true && inRange(data.ts[i], WINDOW.start, WINDOW.end)).length;
  assert.equal(d.current.counts[d.bins.indexOf('true')], trues);
});

test('unknown stages, stages without a time column and empty windows are readable input errors', async () => {
  const { pipeline, engine } = setup(REFERENCE);
  const fails = (request: Parameters<typeof windowDistribution>[2], pattern: RegExp) =>
    assert.rejects(windowDistribution(pipeline, engine, request), (e: unknown) => e instanceof SightlineInputError && pattern.test(e.message));
  await fails({ stage: 'nope', column: 'x', ...WINDOW }, /no stage "nope" \(stages: s, untimed\)/);
  await fails({ stage: 'untimed', column: 'x', ...WINDOW }, /no event-time column/);
  await fails({ stage: 's', column: 'nope', ...WINDOW }, /no column "nope"/);
  await fails({ stage: 's', column: 'x', start: WINDOW.end, end: WINDOW.start }, /must end after it starts/);
});
