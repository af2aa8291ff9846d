import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogisticModel } from './model';
import { encodeLogisticOnnx } from '../react/model/onnxWriter';
import { DERIVED_INPUTS } from './modelInputs';

/** Where the demo writes a model version as ONNX, relative to the demo folder. */
export function onnxModelPath(version: string): string {
  return `models/${version}.onnx`;
}

/**
 * The fitted models, as JSON (readable) and as ONNX (what a scorer runs), so a rollback or a
 * re-score can be replayed outside the pipeline.
 */
export async function writeModels(root: string, models: LogisticModel[]): Promise<void> {
  await mkdir(join(root, 'models'), { recursive: true });
  for (const model of models) {
    await writeFile(join(root, 'models', `late-arrival-${model.version}.json`), JSON.stringify(model, null, 2) + '\n');
    await writeFile(join(root, onnxModelPath(model.version)), encodeLogisticOnnx(model, { features: DERIVED_INPUTS }));
  }
}
