import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogTable } from '../../../../core/io/logTable';
import { isInputError } from '../../../../core/io/errors';
import { modelInputColumns } from '../../../../core/react/model/modelInputColumns';
import { loadOnnxScorer } from '../../../../core/react/model/onnxScorer';
import { encodeLogisticOnnx } from '../../../../core/react/model/onnxWriter';
import { ProtobufWriter } from '../../../../core/react/model/protobufWriter';
import { tempDir } from '../../../helpers/tempDir';

const model = { inputs: ['a', 'b'], mean: [0, 0], scale: [1, 1], weights: [1, -1], intercept: 0 };

async function rejectsWith(promise: Promise<unknown>, code: string, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isInputError(error), `expected a SightlineInputError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.match(error.message, pattern);
    assert.ok(error.hint);
    return true;
  });
}

test('a missing model file is named', async () => {
  await rejectsWith(loadOnnxScorer('/nonexistent/models/v9.onnx'), 'model.not-found', /v9\.onnx/);
});

test('a file that is not ONNX is refused with its name', async () => {
  const files = tempDir();
  await rejectsWith(loadOnnxScorer(files.write('garbage.onnx', 'this is not a model\n')), 'model.invalid', /garbage\.onnx/);
  const truncated = encodeLogisticOnnx(model).subarray(0, 60);
  await rejectsWith(loadOnnxScorer(files.write('truncated.onnx', truncated)), 'model.invalid', /truncated\.onnx/);
});

test('a well-formed file whose graph ONNX Runtime rejects is an invalid model, not a crash', async () => {
  const noGraph = new ProtobufWriter().varint(1, 8).message(14, (m) => m.string(1, 'sightline.inputs').string(2, '["a"]')).finish();
  await rejectsWith(loadOnnxScorer(tempDir().write('empty.onnx', noGraph)), 'model.invalid', /empty\.onnx/);
});

test('a model that does not name its input columns is refused with what to add', async () => {
  const bare = new ProtobufWriter().varint(1, 8).string(2, 'elsewhere').finish();
  await rejectsWith(loadOnnxScorer(tempDir().write('bare.onnx', bare)), 'model.no-input-columns', /bare\.onnx/);
});

test('model inputs missing from the table, or not numeric, are errors naming the column', () => {
  const table: LogTable = {
    rowCount: 2,
    reports: [],
    columns: [
      { type: 'number', name: 'a', values: Float64Array.of(1, 2) },
      { type: 'category', name: 'b', codes: Int32Array.of(0, 1), dictionary: ['x', 'y'] },
      { type: 'boolean', name: 'c', values: Float64Array.of(0, 1) },
    ],
  };
  assert.deepEqual(modelInputColumns(table, ['c', 'a'], 'm.onnx'), [Float64Array.of(0, 1), Float64Array.of(1, 2)]);
  const check = (inputs: string[], code: string, column: string): void => {
    assert.throws(() => modelInputColumns(table, inputs, 'm.onnx'), (error: unknown) => {
      assert.ok(isInputError(error));
      assert.equal(error.code, code);
      assert.equal(error.column, column);
      assert.match(error.message, /m\.onnx/);
      return true;
    });
  };
  check(['a', 'd', 'e'], 'model.unknown-column', 'd');
  check(['a', 'b'], 'model.input-not-numeric', 'b');
});
