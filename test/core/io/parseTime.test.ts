import { test } from 'node:test';
import assert from 'node:assert/strict';
import { epochToMs, guessEpochUnit, parseIsoTime } from '../../../core/io/parseTime';

test('date-only ISO text is UTC midnight', () => {
  assert.equal(parseIsoTime('2024-01-01'), Date.UTC(2024, 0, 1));
  assert.equal(parseIsoTime('1970-01-01'), 0);
  assert.equal(parseIsoTime('1969-12-31'), -86_400_000);
  assert.equal(parseIsoTime('2000-02-29'), Date.UTC(2000, 1, 29));
});

test('datetimes with Z, offsets and no offset (read as UTC)', () => {
  assert.equal(parseIsoTime('2024-03-01T12:34:56Z'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01T12:34:56z'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01T12:34:56'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01 12:34'), Date.UTC(2024, 2, 1, 12, 34));
  assert.equal(parseIsoTime('2024-03-01T14:34:56+02:00'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01T07:04:56-05:30'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01T14:34:56+0200'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01T14:34:56+02'), Date.UTC(2024, 2, 1, 12, 34, 56));
  assert.equal(parseIsoTime('2024-03-01T00:30:00+01:00'), Date.UTC(2024, 1, 29, 23, 30));
});

test('fractional seconds keep whole milliseconds', () => {
  assert.equal(parseIsoTime('2024-03-01T12:34:56.5Z'), Date.UTC(2024, 2, 1, 12, 34, 56, 500));
  assert.equal(parseIsoTime('2024-03-01T12:34:56.123Z'), Date.UTC(2024, 2, 1, 12, 34, 56, 123));
  assert.equal(parseIsoTime('2024-03-01T12:34:56.123999999Z'), Date.UTC(2024, 2, 1, 12, 34, 56, 123));
  assert.equal(parseIsoTime('2024-03-01T12:34:56,25+01:00'), Date.UTC(2024, 2, 1, 11, 34, 56, 250));
  assert.equal(parseIsoTime('2024-03-01T12:34:56.999999Z'), Date.UTC(2024, 2, 1, 12, 34, 56, 999));
});

test('agrees with Date.parse on Z-suffixed timestamps across years', () => {
  for (const text of ['1999-12-31T23:59:59.999Z', '2100-03-01T00:00:00Z', '1900-02-28T12:00:00Z', '2038-01-19T03:14:08Z']) {
    assert.equal(parseIsoTime(text), Date.parse(text), text);
  }
});

test('rejects invalid or non-ISO text', () => {
  for (const text of ['2024-13-01', '2024-02-30', '2023-02-29', '2024-01-01T24:00:00Z', '2024-01-01T10:60',
    '2024-01-01T10:00:61Z', '2024-01-01T10:00:00+25:00', '2024-01-01T10:00:00.Z', '2024/01/01', '01/02/2024',
    'abc', '', '2024-01-01x', '2024-01-01T10', '12345', '2024-1-01']) {
    assert.ok(Number.isNaN(parseIsoTime(text)), text);
  }
});

test('epoch numbers: seconds below 1e11, milliseconds above', () => {
  assert.equal(guessEpochUnit([1_700_000_000, 1_700_000_100]), 's');
  assert.equal(guessEpochUnit([1_700_000_000_000]), 'ms');
  assert.equal(guessEpochUnit([]), 's');
  assert.equal(epochToMs(1_700_000_000, 's'), 1_700_000_000_000);
  assert.equal(epochToMs(1_700_000_000_123, 'ms'), 1_700_000_000_123);
});
