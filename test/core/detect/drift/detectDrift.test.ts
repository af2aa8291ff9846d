import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogTable } from '../../../../core/io/logTable';
import { benjaminiHochberg, detectDrift } from '../../../../core/detect/drift';
import { normalDraw, seededRandom } from '../../../../core/detect/drift/random';

function table(n: number, shift: number, seed: number, share: number): LogTable {
  const random = seededRandom(seed);
  const values = (f: () => number) => Float64Array.from({ length: n }, f);
  return {
    rowCount: n,
    reports: [],
    columns: [
      { type: 'number', name: 'stable', values: values(() => normalDraw(random)) },
      { type: 'number', name: 'moved', values: values(() => normalDraw(random) + shift) },
      { type: 'category', name: 'country', codes: Int32Array.from({ length: n }, () => (random() < share ? 0 : 1 + Math.floor(random() * 2))), dictionary: ['NO', 'SE', 'DK'] },
      { type: 'number', name: 'flag', values: values(() => (random() < 0.02 ? 1 : 0)) },
      { type: 'time', name: 'ts', values: values(() => 1.7e12 + random() * 1e9) },
    ],
  };
}

test('detectDrift flags the moved column and the changed shares, not the stable ones', async () => {
  const result = await detectDrift({ table: table(400, 0, 1, 0.5), source: 'ref.csv' }, { table: table(400, 0.6, 2, 0.25), source: 'cur.csv' });
  const by = new Map(result.columns.map((c) => [c.column, c]));
  assert.equal(result.kind, 'drift');
  assert.equal(result.correction, 'benjamini-hochberg');
  assert.equal(by.get('moved')?.drifted, true);
  assert.equal(by.get('moved')?.method, 'ks_2samp');
  assert.equal(by.get('stable')?.drifted, false);
  assert.equal(by.get('country')?.drifted, true);
  assert.equal(by.get('country')?.method, 'chi2_contingency');
  assert.equal(by.get('country')?.effectSizeName, 'total variation distance');
  assert.deepEqual(result.skipped, [{ column: 'ts', reason: 'time column: not compared' }]);
});

test('sparse 0/1 flags use Fisher\'s exact test; p-values are BH-adjusted across the columns', async () => {
  const result = await detectDrift({ table: table(100, 0, 3, 0.5) }, { table: table(100, 0, 4, 0.5) });
  const flag = result.columns.find((c) => c.column === 'flag');
  assert.equal(flag?.kind, 'binary');
  assert.equal(flag?.method, 'fisher_exact');
  const p = result.columns.map((c) => c.pValue as number);
  assert.deepEqual(result.columns.map((c) => c.pAdjusted), benjaminiHochberg(p));
});

test('--method distances report no p-value and a threshold; a method that does not apply falls back with a note', async () => {
  const result = await detectDrift({ table: table(300, 0, 5, 0.5) }, { table: table(300, 1, 6, 0.5) }, { method: 'wasserstein' });
  const moved = result.columns.find((c) => c.column === 'moved');
  assert.equal(moved?.pValue, null);
  assert.equal(moved?.threshold, 0.1);
  assert.equal(moved?.drifted, true);
  assert.match(moved?.reason ?? '', /fixed threshold 0\.1/);
  const country = result.columns.find((c) => c.column === 'country');
  assert.equal(country?.method, 'chi2_contingency');
  assert.match(country?.note ?? '', /--method wasserstein does not apply to a categorical column/);
});
