import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InspectResult } from '../../core/protocol';
import { runCli } from '../helpers/runCli';
import { engineWorkspace } from '../helpers/engineWorkspace';

const workspace = engineWorkspace(1500, 3);

test('--engine duckdb answers inspect with the in-memory figures and says which engine computed them', () => {
  const memory = runCli(['inspect', workspace.manifest, '--format', 'json', '--quiet']);
  const duck = runCli(['inspect', workspace.manifest, '--engine', 'duckdb', '--format', 'json', '--quiet']);
  assert.equal(duck.code, 0, duck.stderr);
  const [a, b] = [JSON.parse(duck.stdout) as InspectResult, JSON.parse(memory.stdout) as InspectResult];
  assert.deepEqual([a.engine, b.engine], ['duckdb', 'arquero']);
  assert.deepEqual(
    a.stages.map((s) => [s.name, s.rows, s.columns.map((c) => [c.name, c.type, c.nullRate])]),
    b.stages.map((s) => [s.name, s.rows, s.columns.map((c) => [c.name, c.type, c.nullRate])]),
  );
  const text = runCli(['inspect', workspace.manifest, '--engine', 'duckdb', '--quiet']);
  assert.match(text.stdout, /from .*sightline\.json, computed by duckdb/);
});

test('an unknown engine, a ClickHouse run without tables and a record lineage on DuckDB exit 2 with what to do', () => {
  const unknown = runCli(['inspect', workspace.manifest, '--engine', 'spark']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /--engine must be one of arquero, duckdb, clickhouse \(got "spark"\)/);
  const house = runCli(['monitor', workspace.manifest, '--engine', 'clickhouse', '--quiet']);
  assert.equal(house.code, 2);
  assert.match(house.stderr, /the ClickHouse engine needs .* a "table" for every stage/);
  assert.match(house.stderr, /DuckDB \(--engine duckdb\) reads the files in place/);
  const why = runCli(['why', workspace.manifest, 'R00001', '--engine', 'duckdb', '--quiet']);
  assert.equal(why.code, 2);
  assert.match(why.stderr, /Record lineage runs on the in-memory engine only; .* uses duckdb/);
  assert.doesNotMatch(why.stderr, /\n\s+at /, 'no stack trace');
});

test('slices on a pipeline: --engine duckdb pushes the search down and prints the in-memory result', () => {
  const args = ['slices', workspace.dir, '--max-level', '2', '--range', '2024-01-05..2024-01-15', '--format', 'json', '--quiet'];
  const duck = runCli([...args, '--engine', 'duckdb']);
  const memory = runCli([...args, '--engine', 'arquero']);
  assert.equal(duck.code, 0, duck.stderr);
  assert.equal(memory.code, 0, memory.stderr);
  assert.deepEqual(JSON.parse(duck.stdout), JSON.parse(memory.stdout));
  assert.equal(JSON.parse(duck.stdout).options.maxLevel, 2);
  const text = runCli(['slices', workspace.manifest, '--engine', 'duckdb', '--quiet']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /region = north/);
  const mixed = runCli(['slices', workspace.dir, '--label', 'late', '--prediction', 'predicted']);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr, /a pipeline's error is its predictions against its labels/);
});
