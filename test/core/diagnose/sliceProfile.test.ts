import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogTable } from '../../../core/io/logTable';
import type { SlicePredicate, SliceProfile } from '../../../core/protocol';
import { sliceProfile } from '../../../core/diagnose/slices';
import { SightlineInputError } from '../../../core/io/errors';
import { wilsonInterval } from '../../../core/detect/performance/wilson';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5);
const CITIES = ['Lyon', 'Oslo', 'Rome'];

// age has a null, city a null, one error is missing (that row is left out), rows span 3 hours.
const age = [20, 20, 30, 30, 40, 40, NaN, 50, 50, 60, 60, 20];
const city = [0, 0, 1, 1, 2, 2, 0, -1, 1, 2, 0, 1];
const error = [1, 1, 0, 1, 0, 0, 1, 0, NaN, 1, 0, 0];
const time = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2].map((h) => T0 + h * HOUR + 60_000);

function table(): LogTable {
  return {
    rowCount: age.length,
    columns: [
      { type: 'number', name: 'age', values: Float64Array.from(age) },
      { type: 'category', name: 'city', codes: Int32Array.from(city), dictionary: CITIES },
      { type: 'number', name: 'error', values: Float64Array.from(error) },
      { type: 'time', name: 't', values: Float64Array.from(time) },
    ],
    reports: [],
  };
}

/** The bin label a value falls in, read back from the labels: "[a, b)", "[a, b]", "= a", "(missing)". */
function binOf(labels: string[], value: number): string {
  if (Number.isNaN(value)) return '(missing)';
  const found = labels.find((label) => {
    const eq = /^= (.+)$/.exec(label);
    if (eq) return value === Number(eq[1]);
    const range = /^\[(.+), (.+)([)\]])$/.exec(label);
    return range !== null && value >= Number(range[1]) && (range[3] === ']' ? value <= Number(range[2]) : value < Number(range[2]));
  });
  assert.ok(found, `a bin of ${labels.join(' ')} holds ${value}`);
  return found;
}

function cityOf(row: number): string {
  return city[row] < 0 ? '(missing)' : CITIES[city[row]];
}

/** Counts the profile again row by row, with no shared code but the bin labels. */
function bruteForce(profile: SliceProfile, predicates: SlicePredicate[]): void {
  const ageBins = profile.features.find((f) => f.name === 'age')?.bins ?? [];
  const valueOf = (feature: string, row: number) => (feature === 'age' ? binOf(ageBins, age[row]) : cityOf(row));
  const rows = age.map((_, r) => r).filter((r) => !Number.isNaN(error[r]));
  const inSlice = (r: number) => predicates.every((p) => valueOf(p.feature, r) === p.value);
  const meanOf = (rs: number[]) => (rs.length ? rs.reduce((s, r) => s + error[r], 0) / rs.length : null);
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-12);
  assert.equal(profile.rows, rows.length);
  assert.equal(profile.sliceRows, rows.filter(inSlice).length);
  assert.ok(close(profile.sliceError, meanOf(rows.filter(inSlice))));
  assert.ok(close(profile.restError, meanOf(rows.filter((r) => !inSlice(r)))));
  for (const f of profile.features) {
    f.bins.forEach((bin, b) => {
      const slice = rows.filter((r) => inSlice(r) && valueOf(f.name, r) === bin);
      const rest = rows.filter((r) => !inSlice(r) && valueOf(f.name, r) === bin);
      assert.equal(f.sliceRows[b], slice.length, `${f.name} ${bin} slice rows`);
      assert.equal(f.restRows[b], rest.length, `${f.name} ${bin} rest rows`);
      assert.ok(close(f.sliceError[b], meanOf(slice)), `${f.name} ${bin} slice error`);
      assert.ok(close(f.restError[b], meanOf(rest)), `${f.name} ${bin} rest error`);
    });
  }
  const series = profile.time;
  assert.ok(series);
  assert.deepEqual(series.starts, [T0, T0 + HOUR, T0 + 2 * HOUR]);
  series.starts.forEach((start, i) => {
    const inBucket = rows.filter((r) => time[r] >= start && time[r] < start + HOUR);
    for (const [side, group] of [
      [series.slice, inBucket.filter(inSlice)],
      [series.rest, inBucket.filter((r) => !inSlice(r))],
    ] as const) {
      assert.equal(side.rows[i], group.length);
      assert.ok(close(side.error[i], meanOf(group)));
      const w = wilsonInterval(group.reduce((s, r) => s + error[r], 0), group.length, 0.95);
      assert.ok(close(side.low[i], w ? w.low : null) && close(side.high[i], w ? w.high : null), 'Wilson interval');
    }
  });
}

const profileOf = (predicates: SlicePredicate[]) => sliceProfile(table(), { error: 'error' }, { features: ['age', 'city'], bins: 3 }, predicates, { column: 't', bucket: 'hour' });

test('a one-predicate slice on a category with a null matches counting by hand', () => {
  const predicates = [{ feature: 'city', value: 'Lyon' }];
  const profile = profileOf(predicates);
  assert.deepEqual(profile.features.map((f) => [f.name, f.kind]), [['age', 'numeric'], ['city', 'categorical']]);
  assert.ok(profile.features[0].bins.includes('(missing)'), 'the null age has its own bin');
  assert.equal(profile.errorKind, 'binary');
  bruteForce(profile, predicates);
});

test('a two-predicate slice with a numeric bin matches counting by hand', () => {
  const ageBins = profileOf([]).features[0].bins;
  const predicates = [{ feature: 'age', value: ageBins[0] }, { feature: 'city', value: 'Oslo' }];
  const profile = profileOf(predicates);
  assert.ok(profile.sliceRows > 0);
  bruteForce(profile, predicates);
});

test('empty predicates: the slice is every row and the rest is empty', () => {
  const profile = profileOf([]);
  bruteForce(profile, []);
  assert.equal(profile.sliceRows, 11);
  assert.equal(profile.restError, null);
  assert.deepEqual(profile.time?.rest.rows, [0, 0, 0]);
  assert.deepEqual(profile.time?.rest.error, [null, null, null]);
});

test('without a time column there is no series; the bucket is chosen when not given', () => {
  assert.equal(sliceProfile(table(), { error: 'error' }, { features: ['city'] }, []).time, undefined);
  assert.equal(sliceProfile(table(), { error: 'error' }, { features: ['city'] }, [], { column: 't' }).time?.bucket, 'hour');
});

test('an unknown feature or bin is an input error listing the valid ones', () => {
  assert.throws(
    () => profileOf([{ feature: 'country', value: 'FR' }]),
    (e: unknown) => e instanceof SightlineInputError && /feature "country"/.test(e.message) && /age, city/.test(e.hint ?? ''),
  );
  assert.throws(
    () => profileOf([{ feature: 'city', value: 'Paris' }]),
    (e: unknown) => e instanceof SightlineInputError && /no bin "Paris"/.test(e.message) && /"Lyon", "Oslo", "Rome", "\(missing\)"/.test(e.hint ?? ''),
  );
});
