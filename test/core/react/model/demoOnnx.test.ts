import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Column, LogTable } from '../../../../core/io/logTable';
import type { Pipeline } from '../../../../core/io/pipeline';
import { buildDemo } from '../../../../core/demo/buildDemo';
import { loadManifest } from '../../../../core/io/manifest/loadManifest';
import { loadStage } from '../../../../core/io/loadStage';
import { cellValue, findColumn } from '../../../../core/io/logTable';
import { modelInputColumns } from '../../../../core/react/model/modelInputColumns';
import { loadOnnxScorer } from '../../../../core/react/model/onnxScorer';
import { tempDir } from '../../../helpers/tempDir';

const TOLERANCE = 1e-5;

let pipeline: Pipeline;
let features: LogTable;
let predict: LogTable;
const { dir } = tempDir('sightline-demo-onnx-');

before(async () => {
  const summary = await buildDemo(dir, { sampleEvery: 200 });
  pipeline = loadManifest(summary.manifest);
  const stage = (name: string): Promise<LogTable> => loadStage(pipeline.stages.find((s) => s.name === name)!);
  features = await stage('features');
  predict = await stage('predict');
});

function column(table: LogTable, name: string): Column {
  const found = findColumn(table, name);
  assert.ok(found, `column ${name}`);
  return found;
}

/** Feature row of each predict row, joined by the pipeline key. */
function joinByKey(): Int32Array {
  const key = pipeline.stages[0].key ?? 'flight_id';
  const featureKey = column(features, key);
  const rowOf = new Map<unknown, number>();
  for (let i = 0; i < features.rowCount; i++) rowOf.set(cellValue(featureKey, i), i);
  const predictKey = column(predict, key);
  return Int32Array.from({ length: predict.rowCount }, (_, i) => {
    const row = rowOf.get(cellValue(predictKey, i));
    assert.ok(row !== undefined, `predict row ${i} has a features row`);
    return row;
  });
}

test('the demo manifest maps each model version to its ONNX file', () => {
  const models = pipeline.predictions?.models ?? {};
  assert.deepEqual(Object.keys(models).sort(), ['v1', 'v2']);
  for (const file of Object.values(models)) assert.ok(existsSync(file), file);
});

test('v1.onnx and v2.onnx re-score the logged score and shadow_score from the logged features', async () => {
  const models = pipeline.predictions?.models ?? {};
  const featureRow = joinByKey();
  const version = column(predict, 'model_version');
  const logged = { score: column(predict, 'score'), shadow: column(predict, 'shadow_score') };
  const checked = { v1: 0, v2: 0, shadow: 0 };
  for (const v of ['v1', 'v2'] as const) {
    const scorer = await loadOnnxScorer(models[v]);
    try {
      const scores = await scorer.score(modelInputColumns(features, scorer.inputs, scorer.file));
      for (let i = 0; i < predict.rowCount; i++) {
        const expected = cellValue(version, i) === v ? cellValue(logged.score, i) : v === 'v1' ? cellValue(logged.shadow, i) : null;
        if (expected === null) continue;
        const got = scores[featureRow[i]];
        assert.ok(Math.abs(got - Number(expected)) < TOLERANCE, `${v}, predict row ${i}: ${got} vs logged ${expected}`);
        checked[cellValue(version, i) === v ? v : 'shadow']++;
      }
    } finally {
      await scorer.release();
    }
  }
  assert.ok(checked.v1 > 1000 && checked.v2 > 1000 && checked.shadow === checked.v2, JSON.stringify(checked));
});
