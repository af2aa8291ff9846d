import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSlices, diffSlices } from '../../../core/diagnose/slices';
import { benjaminiHochberg } from '../../../core/detect/drift/benjaminiHochberg';
import { SightlineInputError } from '../../../core/io/errors';
import { categoryTable, plantedTable, randomCodes } from './sliceData';
import { seededRandom } from '../../../core/stats/seededRandom';
import { normalSf } from '../../../core/stats/special/normal';

const names = (s: { predicates: Array<{ feature: string; value: string }> }) => s.predicates.map((p) => `${p.feature}=${p.value}`).join(' & ');

test('planted slices: the 2-predicate slice leads the top-K, the 3-predicate one is reported as significant', () => {
  const result = findSlices(plantedTable(3), { error: 'error' });
  assert.equal(names(result.slices[0]), 'f0=v0 & f1=v0');
  assert.ok(Math.abs(result.slices[0].error - 0.7) < 0.05);
  const small = [...result.slices, ...result.significantSmall].find((s) => names(s) === 'f2=v0 & f3=v0 & f4=v0');
  assert.ok(small, 'the small slice is reported');
  assert.ok(small.adjustedPValue < 0.05);
  assert.ok(small.error > 0.75);
  assert.equal(result.options.minSupport, 120);
  assert.equal(result.options.smallSearchSupport, 10);
});

test('a small slice is listed only when it is worse than every parent, not a few rows inside a bad parent', () => {
  const codes = randomCodes(3000, [5, 20, 10, 8], 21);
  const random = seededRandom(22);
  const error = Float64Array.from({ length: 3000 }, (_, i) => {
    // f0=v0 & f1=v1 (about 30 rows) are all errors inside f0=v0 at 0.8: worse than the rest of
    // the data, not clearly worse than their parent. f2=v0 & f3=v0 (about 37 rows) are all
    // errors where both parents run at 0.1.
    if ((codes[0][i] === 0 && codes[1][i] === 1) || (codes[2][i] === 0 && codes[3][i] === 0)) return 1;
    return Number(random() < (codes[0][i] === 0 ? 0.8 : 0.1));
  });
  const result = findSlices(categoryTable(codes, { error }), { error: 'error' }, { minSupport: 100 });
  const listed = result.significantSmall.map(names);
  assert.ok(!listed.includes('f0=v0 & f1=v1'), listed.join('; '));
  const genuine = result.significantSmall.find((s) => names(s) === 'f2=v0 & f3=v0');
  assert.ok(genuine, listed.join('; '));
  // By hand: the slice against each parent's other rows, pooled two-proportion z, largest p.
  const inSlice = (i: number) => codes[2][i] === 0 && codes[3][i] === 0;
  const parentP = [2, 3].map((f) => {
    let n1 = 0, e1 = 0, n2 = 0, e2 = 0;
    for (let i = 0; i < 3000; i++) {
      if (codes[f][i] !== 0) continue;
      if (inSlice(i)) { n1++; e1 += error[i]; } else { n2++; e2 += error[i]; }
    }
    const pooled = (e1 + e2) / (n1 + n2);
    const z = (e1 / n1 - e2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return 2 * normalSf(Math.abs(z)); // normalSf is checked against scipy in test/core/stats
  });
  assert.ok(Math.abs((genuine.parentPValue ?? NaN) - Math.max(...parentP)) <= 1e-9 * Math.max(...parentP));
  assert.ok((genuine.parentPValue ?? NaN) * result.evaluated < 0.05);
});

test('refinements that keep the error fold into their parent, marked not hidden', () => {
  const result = findSlices(plantedTable(3), { error: 'error' });
  const parent = result.slices.findIndex((s) => names(s) === 'f0=v0 & f1=v0');
  const folded = result.slices.filter((s) => s.foldedInto === parent);
  assert.ok(folded.length > 0, 'some refinement of the planted slice folds into it');
  for (const s of folded) {
    assert.ok(s.level === 3 && names(s).startsWith('f0=v0 & f1=v0'));
    assert.ok(Math.abs(s.error - result.slices[parent].error) <= 0.1 * result.slices[parent].error);
  }
});

test('intervals bracket the error; adjusted p-values are Benjamini-Hochberg over every slice evaluated', () => {
  const result = findSlices(plantedTable(5), { error: 'error' }, { smallFloor: 200 });
  assert.equal(result.options.smallSearchSupport, null);
  for (const s of result.slices) {
    assert.ok(s.errorInterval[0] <= s.error && s.error <= s.errorInterval[1]);
    assert.ok(s.adjustedPValue >= s.pValue);
    // BH's adjusted p is at most p * m / rank and at least p.
    assert.ok(s.adjustedPValue <= Math.min(1, s.pValue * result.evaluated));
  }
  assert.deepEqual(benjaminiHochberg([0.01, 0.04, 0.03]).map((p) => Number(p.toFixed(6))), [0.03, 0.04, 0.04]);
});

test('numeric features are binned by quantiles with readable labels, missing as its own bin; ids and time excluded with reasons', () => {
  const n = 400;
  const codes = randomCodes(n, [3], 4);
  const age = Float64Array.from({ length: n }, (_, i) => (i % 17 === 0 ? NaN : i % 100));
  const error = Float64Array.from({ length: n }, (_, i) => Number(i % 100 > 80));
  const table = categoryTable(codes, { age, error });
  table.columns.push({ type: 'time', name: 'ts', values: new Float64Array(n) });
  table.columns.push({ type: 'category', name: 'user_id', codes: Int32Array.from({ length: n }, (_, i) => i), dictionary: Array.from({ length: n }, (_, i) => `u${i}`) });
  const result = findSlices(table, { error: 'error' }, { bins: 4 });
  const ageFeature = result.features.find((f) => f.name === 'age');
  assert.ok(ageFeature);
  assert.deepEqual(ageFeature.bins, ['[0, 25)', '[25, 49.5)', '[49.5, 75)', '[75, 99]', '(missing)']);
  assert.deepEqual(result.excluded.map((e) => e.column).sort(), ['error', 'ts', 'user_id']);
  assert.ok(result.slices.some((s) => names(s) === 'age=[75, 99]'));
});

test('high-cardinality categories keep their top values and an "(other)" bin', () => {
  const n = 600;
  const codes = [Uint8Array.from({ length: n }, (_, i) => (i < 300 ? 0 : i < 450 ? 1 : 2 + (i % 40)))];
  const error = Float64Array.from({ length: n }, (_, i) => Number(i % 5 === 0));
  const result = findSlices(categoryTable(codes, { error }), { error: 'error' }, { maxCategories: 2 });
  assert.deepEqual(result.features[0].bins, ['v0', 'v1', '(other)']);
  assert.match(result.features[0].binning, /2 most frequent of 42 values/);
});

test('label and prediction: 0/1 mismatch; unknown columns list the available ones', () => {
  const n = 300;
  const codes = randomCodes(n, [2, 3], 8);
  const label = Float64Array.from({ length: n }, (_, i) => i % 2);
  const prediction = Float64Array.from({ length: n }, (_, i) => (codes[0][i] === 1 && i % 3 === 0 ? 1 - (i % 2) : i % 2));
  const result = findSlices(categoryTable(codes, { label, prediction }), { label: 'label', prediction: 'prediction' });
  assert.equal(result.options.errorKind, 'binary');
  assert.ok(names(result.slices[0]).includes('f0=v1') && result.slices.slice(0, 2).some((s) => names(s) === 'f0=v1'), 'the worst slices lie in f0=v1, where the mistakes are');
  assert.throws(() => findSlices(categoryTable(codes, { label }), { error: 'nope' }), (e: unknown) => e instanceof SightlineInputError && /f0, f1, label/.test(e.hint ?? ''));
});

test('diffSlices: the slice whose share grew most comes first', () => {
  const reference = categoryTable(randomCodes(2000, [3, 4], 1));
  const currentCodes = randomCodes(2000, [3, 4], 2);
  for (let i = 0; i < 400; i++) [currentCodes[0][i], currentCodes[1][i]] = [2, 3];
  const result = diffSlices(reference, categoryTable(currentCodes));
  assert.equal(names(result.grown[0]), 'f0=v2 & f1=v3');
  const top = result.grown[0];
  const expected = ((top.currentCount + 0.5) / 2000.5) / ((top.referenceCount + 0.5) / 2000.5);
  assert.ok(Math.abs(top.riskRatio - expected) < 1e-12);
  assert.ok(top.riskRatio > 2.5);
  assert.ok(result.shrunk.every((s) => s.riskRatio < 1));
});
