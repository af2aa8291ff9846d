import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Column, LogTable } from '../../../../core/io/logTable';
import { buildKeyIndex, keyText, LineageIndex } from '../../../../core/diagnose/lineage';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openEngine } from '../../../../core/engine/openEngine';
import { lineageWorkspace } from './fixture';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function linearScan(column: Column, rowCount: number, key: string): number[] {
  const rows: number[] = [];
  for (let row = 0; row < rowCount; row++) if (keyText(column, row) === key) rows.push(row);
  return rows;
}

function randomColumns(seed: number, n: number): Column[] {
  const next = random(seed);
  // Repeated dictionary entries happen after concatenating files; the index must merge them.
  const dictionary = ['k0', 'k1', 'k2', 'k1', 'K1', 'k5', 'unused'];
  return [
    { type: 'category', name: 'text', dictionary, codes: Int32Array.from({ length: n }, () => Math.floor(next() * 7) - 1) },
    { type: 'number', name: 'number', values: Float64Array.from({ length: n }, () => (next() < 0.1 ? NaN : Math.floor(next() * 30) / 2)) },
  ];
}

test('the key index equals a linear scan for every key, on random category and number keys', () => {
  for (const seed of [1, 2, 3]) {
    const n = 500;
    for (const column of randomColumns(seed, n)) {
      const index = buildKeyIndex(column);
      const keys = new Set<string>();
      for (let row = 0; row < n; row++) {
        const key = keyText(column, row);
        if (key !== null) keys.add(key);
      }
      assert.deepEqual([...index.keys()].sort(), [...keys].sort(), `${column.name} seed ${seed}: same keys`);
      for (const key of keys) assert.deepEqual(index.get(key), linearScan(column, n, key), `${column.name} seed ${seed} key ${key}`);
    }
  }
});

test('LineageIndex.rowsOf equals a linear scan of each stage', async () => {
  const { pipeline, tables } = await openEngine(openPipeline(lineageWorkspace().dir));
  const index = new LineageIndex(pipeline, tables);
  for (const stage of pipeline.stages) {
    const table = tables.get(stage.name) as LogTable;
    const key = table.columns.find((c) => c.name === 'id') as Column;
    for (const candidate of ['A1', 'A2', 'A3', 'A4', 'B5', 'none']) {
      assert.deepEqual(index.rowsOf(stage.name, candidate), linearScan(key, table.rowCount, candidate), `${stage.name} ${candidate}`);
    }
  }
  assert.deepEqual(index.stages, ['ingest', 'clean', 'predict', 'feedback']);
  assert.deepEqual(index.exampleKeys(2), ['A1', 'A2']);
});
