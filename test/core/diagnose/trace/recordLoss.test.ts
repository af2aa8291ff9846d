import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readLogFile } from '../../../../core/io/readLogFile';
import { recordLoss } from '../../../../core/diagnose/trace/recordLoss';
import { joinByKey } from '../../../../core/engine/keyJoin';
import type { LogTable } from '../../../../core/io/logTable';
import { DAY, DAYS, T0, syntheticPipeline } from './synthetic';

async function tables(dir: string): Promise<Record<string, LogTable>> {
  const read = (name: string) => readLogFile(join(dir, 'logs', `${name}.csv`), { timeColumns: ['ts'] });
  return { ingest: await read('ingest'), clean: await read('clean'), features: await read('features') };
}

test('dropped, nulled and changed records equal the counts tallied as the logs were written, per window and in total', async () => {
  const { dir, counts } = syntheticPipeline();
  const t = await tables(dir);
  const pairs = [
    { from: 'ingest', to: 'clean', expected: counts.ingestToClean },
    { from: 'clean', to: 'features', expected: counts.cleanToFeatures },
  ];
  for (const pair of pairs) {
    const { loss } = recordLoss({ from: { name: pair.from, table: t[pair.from], key: 'id', time: 'ts' }, to: { name: pair.to, table: t[pair.to], key: 'id' }, bucket: 'day' });
    assert.equal(loss.byWindow.length, DAYS);
    loss.byWindow.forEach((w, day) => {
      assert.equal(w.start, T0 + day * DAY);
      assert.deepEqual([w.upstream, w.dropped, w.nulled, w.changed], pair.expected[day], `${pair.from} -> ${pair.to} day ${day}`);
    });
    const total = (i: number): number => pair.expected.reduce((s, d) => s + d[i], 0);
    assert.deepEqual([loss.upstream, loss.dropped, loss.nulled, loss.changed], [0, 1, 2, 3].map(total));
    assert.equal(loss.duplicateKeys, 0);
  }
});

test('per column counts: clean nulls amount and changes country, nothing else', async () => {
  const { dir, counts } = syntheticPipeline();
  const t = await tables(dir);
  const { loss } = recordLoss({ from: { name: 'ingest', table: t.ingest, key: 'id', time: 'ts' }, to: { name: 'clean', table: t.clean, key: 'id' }, bucket: 'day' });
  const column = (name: string) => loss.byColumn.find((c) => c.column === name)!;
  assert.deepEqual(loss.columns, ['ts', 'amount', 'country']);
  assert.equal(column('amount').nulled, counts.ingestToClean.reduce((s, d) => s + d[2], 0));
  assert.equal(column('amount').changed, 0);
  assert.equal(column('country').changed, counts.ingestToClean.reduce((s, d) => s + d[3], 0));
  assert.deepEqual(column('ts'), { column: 'ts', nulled: 0, changed: 0 });
});

test('key join matches a brute-force search, with repeated and missing keys', () => {
  const up = { type: 'category' as const, name: 'id', codes: Int32Array.from([0, 1, 2, -1, 1, 3]), dictionary: ['a', 'b', 'c', 'd'] };
  const down = { type: 'category' as const, name: 'id', codes: Int32Array.from([1, 0, 1, 2]), dictionary: ['d', 'b', 'x'] };
  const join = joinByKey(up, down);
  const text = (c: typeof up, r: number) => (c.codes[r] < 0 ? null : c.dictionary[c.codes[r]]);
  const brute = Array.from(up.codes, (_, r) => {
    const key = text(up, r);
    return key === null ? -1 : Array.from(down.codes, (_, s) => s).find((s) => text(down, s) === key) ?? -1;
  });
  assert.deepEqual(Array.from(join.rows), brute);
  assert.deepEqual(Array.from(join.rows), [-1, 0, -1, -1, 0, 1]);
  assert.equal(join.missingKeys, 1);
  assert.equal(join.duplicateKeys, 1);
  const numbers = joinByKey({ type: 'number', name: 'id', values: Float64Array.from([3, 1, NaN]) }, { type: 'number', name: 'id', values: Float64Array.from([1, 2, 3]) });
  assert.deepEqual(Array.from(numbers.rows), [2, 0, -1]);
});
