import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { expandGlobs, globToRegExp } from '../../../core/io/glob';
import { tempDir } from '../../helpers/tempDir';

test('globToRegExp: * stays within a folder, ** spans folders, braces and classes', () => {
  assert.ok(globToRegExp('*.csv').test('a.csv'));
  assert.ok(!globToRegExp('*.csv').test('x/a.csv'));
  assert.ok(globToRegExp('**/*.csv').test('a.csv'));
  assert.ok(globToRegExp('**/*.csv').test('x/y/a.csv'));
  assert.ok(globToRegExp('part-{0,1}.parquet').test('part-1.parquet'));
  assert.ok(!globToRegExp('part-{0,1}.parquet').test('part-2.parquet'));
  assert.ok(globToRegExp('day-[0-9].jsonl').test('day-7.jsonl'));
  assert.ok(globToRegExp('a?.csv').test('ab.csv'));
  assert.ok(!globToRegExp('*.csv').test('.hidden.csv'), 'dot files need an explicit dot');
  assert.ok(!globToRegExp('a.csv').test('aXcsv'), 'dots are literal');
});

test('expandGlobs lists matching files sorted, relative to the base folder', () => {
  const t = tempDir();
  t.write('logs/date=2001-01-02/part-0.parquet', 'x');
  t.write('logs/date=2001-01-01/part-0.parquet', 'x');
  t.write('logs/date=2001-01-01/part-1.parquet', 'x');
  t.write('logs/date=2001-01-01/_SUCCESS', '');
  t.write('logs/readme.txt', '');
  const files = expandGlobs(['logs/**/*.parquet'], t.dir);
  assert.deepEqual(files, [
    join(t.dir, 'logs/date=2001-01-01/part-0.parquet'),
    join(t.dir, 'logs/date=2001-01-01/part-1.parquet'),
    join(t.dir, 'logs/date=2001-01-02/part-0.parquet'),
  ]);
  assert.deepEqual(expandGlobs(['logs/date=2001-01-0[2]/*.parquet'], t.dir), [join(t.dir, 'logs/date=2001-01-02/part-0.parquet')]);
  assert.deepEqual(expandGlobs(['logs/readme.txt', 'logs/*.txt'], t.dir), [join(t.dir, 'logs/readme.txt')], 'no duplicates');
  assert.deepEqual(expandGlobs(['nothing/*.csv'], t.dir), []);
});
