import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogPageColumn } from '../../core/protocol';
import { LogFileView } from '../../core/logView/logFileView';
import { tempDir } from '../helpers/tempDir';

// 30 rows: score missing every 5th row, country cycles over 15 values (with row 0-2 all "fr")
// and is missing on row 29, ok alternates, ts one hour apart.
function smallLog(): string {
  const lines = ['id,score,country,ok,ts'];
  for (let i = 0; i < 30; i++) {
    const score = i % 5 === 4 ? '' : String(i / 10);
    const country = i === 29 ? '' : i < 3 ? 'fr' : `c${i % 15}`;
    const hour = String(i % 24).padStart(2, '0');
    lines.push(`${i},${score},${country},${i % 3 === 0 ? 'true' : 'false'},2024-03-${i < 24 ? '01' : '02'}T${hour}:00:00Z`);
  }
  return `${lines.join('\n')}\n`;
}

async function openSmallLog(): Promise<LogFileView> {
  return LogFileView.open(tempDir().write('small.csv', smallLog()));
}

function values(column: LogPageColumn | undefined): (number | string | null)[] {
  if (!column) return [];
  if (column.type === 'category') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
  return Array.from(column.values, (v) => (Number.isNaN(v) ? null : v));
}

test('summary: types, null rates, min/max and distinct counts', async () => {
  const summary = (await openSmallLog()).summary();
  assert.equal(summary.format, 'csv');
  assert.equal(summary.rowCount, 30);
  assert.equal(summary.skippedRows, 0);
  const byName = Object.fromEntries(summary.columns.map((c) => [c.name, c]));
  assert.deepEqual(summary.columns.map((c) => [c.name, c.type]), [['id', 'number'], ['score', 'number'], ['country', 'category'], ['ok', 'boolean'], ['ts', 'time']]);
  assert.equal(byName.id.nullRate, 0);
  assert.equal(byName.score.nullRate, 6 / 30);
  assert.equal(byName.country.nullRate, 1 / 30);
  assert.deepEqual([byName.id.min, byName.id.max], [0, 29]);
  assert.deepEqual([byName.score.min, byName.score.max], [0, 2.8]);
  assert.deepEqual([byName.ts.min, byName.ts.max], [Date.UTC(2024, 2, 1, 0), Date.UTC(2024, 2, 2, 5)]);
  const countries = new Set(smallLog().trim().split('\n').slice(1).map((l) => l.split(',')[2]).filter(Boolean));
  assert.equal(byName.country.distinct, countries.size);
});

test('summary histograms: numeric bins on nice edges count every value; booleans false/true', async () => {
  const byName = Object.fromEntries((await openSmallLog()).summary().columns.map((c) => [c.name, c]));
  const id = byName.id.histogram;
  assert.ok(id && 'edges' in id);
  assert.equal(id.edges.length, id.counts.length + 1);
  assert.ok(id.edges[0] <= 0 && id.edges[id.edges.length - 1] >= 29);
  assert.equal(id.counts.reduce((a, b) => a + b, 0), 30);
  const score = byName.score.histogram;
  assert.ok(score && 'edges' in score);
  assert.equal(score.counts.reduce((a, b) => a + b, 0), 24, 'missing values are not in any bin');
  const ts = byName.ts.histogram;
  assert.ok(ts && 'edges' in ts);
  assert.equal(ts.counts.reduce((a, b) => a + b, 0), 30);
  assert.deepEqual(byName.ok.histogram, { values: ['false', 'true'], counts: [20, 10] });
});

test('summary top values: most frequent first, the rest folded into one "others" bar', async () => {
  const country = (await openSmallLog()).summary().columns.find((c) => c.name === 'country');
  const histogram = country?.histogram;
  assert.ok(histogram && 'values' in histogram);
  assert.equal(histogram.values[0], 'fr');
  assert.equal(histogram.counts[0], 3);
  assert.equal(histogram.values.length, 13, '12 top values and the others');
  assert.match(histogram.values[12], /^\(\d+ others\)$/);
  assert.equal(histogram.counts.reduce((a, b) => a + b, 0), 29, 'every non-missing value is counted once');
  for (let i = 1; i < 12; i++) assert.ok(histogram.counts[i] <= histogram.counts[i - 1], 'sorted by count');
});

test('paging: boundaries are clamped, never past the end, never negative', async () => {
  const view = await openSmallLog();
  const first = view.page(0, 10);
  assert.deepEqual([first.offset, first.rowCount], [0, 10]);
  assert.deepEqual(values(first.columns[0]), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const last = view.page(25, 10);
  assert.deepEqual([last.offset, last.rowCount], [25, 5]);
  assert.deepEqual(values(last.columns[0]), [25, 26, 27, 28, 29]);
  assert.deepEqual(values(last.columns[1]), [2.5, 2.6, 2.7, 2.8, null]);
  const past = view.page(100, 10);
  assert.deepEqual([past.offset, past.rowCount], [30, 0]);
  assert.ok(past.columns.every((c) => (c.type === 'category' ? c.codes.length : c.values.length) === 0));
  const negative = view.page(-5, 3);
  assert.deepEqual([negative.offset, negative.rowCount], [0, 3]);
  assert.equal(view.page(3, 0).rowCount, 0);
  assert.equal(view.page(3, -4).rowCount, 0);
});

test('pages are copies in typed arrays: only the page crosses to the webview', async () => {
  const page = (await openSmallLog()).page(10, 5);
  for (const column of page.columns) {
    const array = column.type === 'category' ? column.codes : column.values;
    assert.ok(column.type === 'category' ? array instanceof Int32Array : array instanceof Float64Array, column.name);
    assert.equal(array.buffer.byteLength, array.byteLength, `${column.name}: its own buffer, not a view of the whole column`);
  }
  const ts = page.columns.find((c) => c.name === 'ts');
  assert.deepEqual(values(ts), [10, 11, 12, 13, 14].map((h) => Date.UTC(2024, 2, 1, h)));
  assert.deepEqual(values(page.columns.find((c) => c.name === 'ok')), [0, 0, 1, 0, 0]);
});

test('a page carries a page-local dictionary: only the values on it, in first-seen order', async () => {
  const view = await openSmallLog();
  const page = view.page(26, 4);
  const country = page.columns.find((c) => c.name === 'country');
  assert.ok(country?.type === 'category');
  assert.deepEqual(country.dictionary, ['c11', 'c12', 'c13']);
  assert.deepEqual(Array.from(country.codes), [0, 1, 2, -1]);
  const repeated = view.page(0, 4).columns.find((c) => c.name === 'country');
  assert.ok(repeated?.type === 'category');
  assert.deepEqual(repeated.dictionary, ['fr', 'c3']);
  assert.deepEqual(Array.from(repeated.codes), [0, 0, 0, 1]);
});
