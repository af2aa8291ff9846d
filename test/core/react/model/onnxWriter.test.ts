import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogisticModel } from '../../../../core/demo/model';
import { predictScores } from '../../../../core/demo/model';
import { loadOnnxScorer } from '../../../../core/react/model/onnxScorer';
import { encodeLogisticOnnx } from '../../../../core/react/model/onnxWriter';
import { readOnnxMetadata } from '../../../../core/react/model/readOnnxMetadata';
import { protobufFields } from '../../../../core/react/model/protobufReader';
import { encodeVarint } from '../../../../core/react/model/protobufWriter';
import { seededRandom } from '../../../../core/stats/seededRandom';
import { tempDir } from '../../../helpers/tempDir';

const FLOAT32_TOLERANCE = 1e-5;

function randomModel(k: number, seed: number): { model: LogisticModel; x: Float64Array[] } {
  const random = seededRandom(seed);
  const inputs = Array.from({ length: k }, (_, j) => `input_${j}`);
  const mean = inputs.map(() => 100 * (random() - 0.5));
  const scale = inputs.map(() => 0.5 + 10 * random());
  const model: LogisticModel = {
    version: `random-${seed}`,
    inputs,
    mean,
    scale,
    weights: inputs.map(() => 2 * (random() - 0.5)),
    intercept: random() - 0.5,
    threshold: random(),
  };
  const x = inputs.map((_, j) => Float64Array.from({ length: 1000 }, () => mean[j] + scale[j] * 2 * (random() - 0.5) * 2));
  return { model, x };
}

function maxDifference(a: Float64Array, b: Float64Array): number {
  assert.equal(a.length, b.length);
  return a.reduce((worst, v, i) => Math.max(worst, Math.abs(v - b[i])), 0);
}

test('varints encode as base-128 groups, least significant first, and read back', () => {
  assert.deepEqual([...encodeVarint(0)], [0]);
  assert.deepEqual([...encodeVarint(300)], [0xac, 0x02]);
  assert.deepEqual([...encodeVarint(2 ** 40)], [0x80, 0x80, 0x80, 0x80, 0x80, 0x20]);
  const message = Uint8Array.from([0x08, ...encodeVarint(2 ** 40)]);
  assert.deepEqual([...protobufFields(message)], [{ field: 1, varint: 2 ** 40 }]);
  assert.throws(() => encodeVarint(-1), RangeError);
});

test('the ONNX export scores like predictScores within float32 tolerance', async () => {
  const files = tempDir();
  for (const [k, seed] of [[1, 1], [3, 2], [7, 3]]) {
    const { model, x } = randomModel(k, seed);
    const scorer = await loadOnnxScorer(files.write(`m${seed}.onnx`, encodeLogisticOnnx(model)));
    try {
      assert.deepEqual(scorer.inputs, model.inputs);
      assert.equal(scorer.version, model.version);
      assert.equal(scorer.threshold, model.threshold);
      const worst = maxDifference(await scorer.score(x), predictScores(model, x));
      assert.ok(worst < FLOAT32_TOLERANCE, `k=${k}: scores differ by up to ${worst}`);
    } finally {
      await scorer.release();
    }
  }
});

test('derived features (square, at-least flag) are computed inside the graph from logged columns', async () => {
  const { model } = randomModel(4, 4);
  model.inputs = ['hour', 'hour_squared', 'weekend', 'rate'];
  const features = {
    hour_squared: { kind: 'square', column: 'hour' },
    weekend: { kind: 'atLeast', column: 'day', value: 5 },
  } as const;
  const bytes = encodeLogisticOnnx(model, { features });
  assert.deepEqual(JSON.parse(readOnnxMetadata(bytes).get('sightline.inputs') ?? ''), ['hour', 'day', 'rate']);
  const random = seededRandom(5);
  const hour = Float64Array.from({ length: 500 }, () => Math.floor(24 * random()));
  const day = Float64Array.from({ length: 500 }, () => Math.floor(7 * random()));
  const rate = Float64Array.from({ length: 500 }, () => random());
  const expected = predictScores(model, [hour, hour.map((h) => h * h), day.map((d) => (d >= 5 ? 1 : 0)), rate]);
  const scorer = await loadOnnxScorer(tempDir().write('derived.onnx', bytes));
  try {
    const worst = maxDifference(await scorer.score([hour, day, rate]), expected);
    assert.ok(worst < FLOAT32_TOLERANCE, `scores differ by up to ${worst}`);
  } finally {
    await scorer.release();
  }
});

test('scores in batches match one pass, and a missing input scores NaN', async () => {
  const { model, x } = randomModel(2, 6);
  x[1][3] = NaN;
  const scorer = await loadOnnxScorer(tempDir().write('m.onnx', encodeLogisticOnnx(model)));
  try {
    const whole = await scorer.score(x);
    const batched = await scorer.score(x, { batchSize: 7 });
    assert.deepEqual(batched, whole);
    assert.ok(Number.isNaN(whole[3]) && Number.isFinite(whole[2]) && Number.isFinite(whole[4]));
    assert.equal((await scorer.score([new Float64Array(0), new Float64Array(0)])).length, 0);
  } finally {
    await scorer.release();
  }
});

test('a graph with mismatched coefficients is refused', () => {
  const { model } = randomModel(2, 7);
  assert.throws(() => encodeLogisticOnnx({ ...model, weights: [1] }), /one mean, scale and weight per input/);
});
