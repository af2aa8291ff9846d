import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Type, tableFromIPC } from '@uwdata/flechette';
import { encodeParquet } from '../../../core/demo/writeParquet';
import { demoTable } from '../../../core/demo/table';

test('encodeParquet round-trips values, nulls and types', () => {
  const t0 = Date.parse('2001-04-01T06:30:00Z');
  const table = demoTable([
    { name: 'flight_id', type: 'string', values: ['F0000001', null, 'F0000003'] },
    { name: 'event_time', type: 'time', values: Float64Array.from([t0, t0 + 60_000, NaN]) },
    { name: 'score', type: 'float', values: Float64Array.from([0.25, NaN, 1e-9]) },
    { name: 'dep_hour', type: 'int', values: Float64Array.from([6, 23, 0]) },
    { name: 'late', type: 'bool', values: Float64Array.from([1, 0, NaN]) },
  ]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pw = require('parquet-wasm/node') as typeof import('parquet-wasm/node');
  const back = tableFromIPC(pw.readParquet(encodeParquet(table)).intoIPCStream());
  const types = Object.fromEntries(back.schema.fields.map((f) => [f.name, f.type.typeId]));
  assert.deepEqual(types, { flight_id: Type.Utf8, event_time: Type.Timestamp, score: Type.Float, dep_hour: Type.Int, late: Type.Bool });
  assert.deepEqual(back.getChild('flight_id').toArray(), ['F0000001', null, 'F0000003']);
  assert.deepEqual(Array.from(back.getChild('event_time').toArray() as ArrayLike<number | null>), [t0, t0 + 60_000, null]);
  assert.deepEqual(Array.from(back.getChild('score').toArray() as ArrayLike<number | null>), [0.25, null, 1e-9]);
  assert.deepEqual(Array.from(back.getChild('dep_hour').toArray() as ArrayLike<number>), [6, 23, 0]);
  assert.deepEqual(Array.from(back.getChild('late').toArray() as ArrayLike<boolean | null>), [true, false, null]);
});
