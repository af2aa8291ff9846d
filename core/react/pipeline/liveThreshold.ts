import { readFileSync } from 'node:fs';
import type { Pipeline } from '../../io/pipeline';
import { readOnnxMetadata } from '../model/readOnnxMetadata';
import { ONNX_META } from '../model/onnxMetadata';

export interface LiveThreshold {
  threshold: number;
  /** Where it came from, in words, for the assumptions. */
  source: string;
}

/**
 * The decision rule of a model version: the threshold its ONNX file records when the manifest
 * names one, else the one its logged decisions imply, else 0.5.
 */
export function versionThreshold(pipeline: Pipeline, version: string | null, scores: ArrayLike<number>, decisions: ArrayLike<number>, rows: ArrayLike<number>): LiveThreshold {
  const file = version === null ? undefined : pipeline.predictions?.models?.[version];
  const fromModel = file ? onnxThreshold(file) : null;
  if (fromModel !== null) return { threshold: fromModel, source: `the threshold in ${version}'s ONNX metadata (${ONNX_META.threshold})` };
  const implied = impliedThreshold(scores, decisions, rows);
  if (implied !== null) return { threshold: implied, source: `the lowest score ${version === null ? 'the model' : version} logged as positive (its logged decisions are consistent with score >= it)` };
  return { threshold: 0.5, source: 'assumed 0.5: no model file names a threshold and the logged decisions do not imply one' };
}

function onnxThreshold(file: string): number | null {
  try {
    const value = Number(readOnnxMetadata(readFileSync(file)).get(ONNX_META.threshold));
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** The smallest positive score, when every decision equals score >= it; null otherwise. */
export function impliedThreshold(scores: ArrayLike<number>, decisions: ArrayLike<number>, rows: ArrayLike<number>): number | null {
  let lowestPositive = Infinity;
  let highestNegative = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = scores[i];
    if (Number.isNaN(s)) continue;
    if (decisions[i] === 1) lowestPositive = Math.min(lowestPositive, s);
    else if (decisions[i] === 0) highestNegative = Math.max(highestNegative, s);
  }
  return Number.isFinite(lowestPositive) && highestNegative < lowestPositive ? lowestPositive : null;
}
