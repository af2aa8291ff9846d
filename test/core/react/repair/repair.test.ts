import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WhatIfCore } from '../../../../core/protocol/whatif';
import type { RepairRequest } from '../../../../core/react/repair';
import { repairWhatIf } from '../../../../core/react/repair';
import { SightlineInputError } from '../../../../core/io/errors';
import { encodeLogisticOnnx } from '../../../../core/react/model/onnxWriter';
import { tempDir } from '../../../helpers/tempDir';
import { FEB, LABELS, LOGGED_X, sigmoid, syntheticRepairPipeline } from './syntheticRepair';

const FLOAT32 = 1e-6;
const SOUTH_IN_FEB = { where: [{ feature: 'region', value: 'south' }], start: FEB };

async function repair(request: Partial<RepairRequest> & Pick<RepairRequest, 'with'>, options: Parameters<typeof syntheticRepairPipeline>[0] = {}): Promise<WhatIfCore> {
  const { pipeline, tables } = syntheticRepairPipeline(options);
  return repairWhatIf(pipeline, tables, { kind: 'repair', stage: 'features', column: 'x', ...request }, { replicates: 200 });
}

/** Brier score of sigmoid(x) against LABELS on records r4..r7. */
function brier(x: number[]): number {
  return x.reduce((sum, v, k) => sum + (sigmoid(v) - LABELS[4 + k]) ** 2, 0) / x.length;
}

function assertClose(actual: number | null | undefined, expected: number, tolerance = FLOAT32): void {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);
}

test('upstream reverts features.x to clean.x for the same record and recovers every decision', async () => {
  const result = await repair({ with: 'upstream', ...SOUTH_IN_FEB });
  assert.equal(result.before.accuracy?.value, 0);
  assert.equal(result.after.accuracy?.value, 1);
  assert.equal(result.difference.accuracy?.value, 1);
  assert.deepEqual(result.coverage, { labeled: 4, total: 4, share: 1 });
  assert.deepEqual(result.recordsChanged, { decisions: 4, scores: 4, of: 4 });
  assertClose(result.before.brier?.value, brier(LOGGED_X.slice(4)));
  assertClose(result.after.brier?.value, brier([2, 2, -2, -2]));
  assert.deepEqual(result.export?.parameters, {
    kind: 'repair', stage: 'features', column: 'x', with: 'upstream', where: SOUTH_IN_FEB.where, replacement: { upstreamStage: 'clean' },
    models: { v1: (result.export?.parameters as { models: Record<string, string> }).models.v1 },
  });
  assert.ok(result.assumptions.some((a) => /reproduce the logged scores to within/.test(a)));
});

test('impute sets the reference median (0.5): every touched record turns positive', async () => {
  const result = await repair({ with: 'impute', ...SOUTH_IN_FEB });
  assert.deepEqual(result.export?.parameters.kind === 'repair' && result.export.parameters.replacement, { value: 0.5 });
  assert.equal(result.after.accuracy?.value, 0.5);
  assert.deepEqual(result.recordsChanged, { decisions: 2, scores: 4, of: 4 });
  assertClose(result.after.brier?.value, brier([0.5, 0.5, 0.5, 0.5]));
  assert.deepEqual(result.export?.fittedOn, { start: Date.UTC(2024, 0, 1), end: FEB, labeled: 0 });
});

test('drop sets the reference mean (-0.25): every touched record turns negative', async () => {
  const result = await repair({ with: 'drop', ...SOUTH_IN_FEB });
  assert.deepEqual(result.export?.parameters.kind === 'repair' && result.export.parameters.replacement, { value: -0.25 });
  assert.equal(result.after.accuracy?.value, 0.5);
  assert.deepEqual(result.recordsChanged, { decisions: 2, scores: 4, of: 4 });
  assert.ok(result.assumptions.some((a) => /zeroes the feature's contribution/.test(a)));
});

test('clip brings 10 into the reference range [-5, 3] and changes that one score, no decision', async () => {
  const result = await repair({ with: 'clip', ...SOUTH_IN_FEB });
  assert.deepEqual(result.export?.parameters.kind === 'repair' && result.export.parameters.replacement, { range: [-5, 3] });
  assert.deepEqual(result.recordsChanged, { decisions: 0, scores: 1, of: 4 });
  assert.equal(result.before.accuracy?.value, 0);
  assert.equal(result.after.accuracy?.value, 0);
  assertClose(result.after.brier?.value, brier([-2, -2, 2, 3]));
  assert.equal(result.verdict, 'no clear change');
});

test('a numeric bin label selects by range, "= v" by equality', async () => {
  const range = await repair({ with: 'upstream', where: [{ feature: 'x', value: '[1, 20)' }], start: FEB });
  assert.equal(range.coverage.total, 2);
  assert.equal(range.after.accuracy?.value, 1);
  const equal = await repair({ with: 'upstream', where: [{ feature: 'x', value: '= 10' }], start: FEB });
  assert.equal(equal.coverage.total, 1);
});

test('without where or range every record is touched; unchanged January records keep their decisions', async () => {
  const result = await repair({ with: 'upstream' });
  assert.equal(result.coverage.total, 8);
  assert.equal(result.recordsChanged.decisions, 4);
  assert.equal(result.before.accuracy?.value, 0.5);
  assert.equal(result.after.accuracy?.value, 1);
  assert.equal(result.backtest.rows.reduce((n, r) => n + r.score.records, 0), 8);
});

async function rejects(promise: Promise<unknown>, code: string, pattern?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof SightlineInputError, String(error));
    assert.equal(error.code, code);
    if (pattern) assert.match(error.message, pattern);
    return true;
  });
}

test('bad requests get clear errors', async () => {
  await rejects(repair({ with: 'upstream', stage: 'nope' }), 'repair.unknown-stage', /no stage "nope"/);
  await rejects(repair({ with: 'upstream', column: 'zzz' }), 'repair.unknown-column', /stage "features" has no column "zzz"/);
  await rejects(repair({ with: 'upstream' }, { cleanWithoutX: true }), 'repair.no-upstream', /no stage before "features" logs a column "x"/);
  await rejects(repair({ with: 'upstream', stage: 'clean' }), 'repair.shadowed-column', /as stage "features" logs it/);
  await rejects(repair({ with: 'upstream', where: [{ feature: 'nothing', value: 'a' }] }), 'repair.unknown-feature');
  await rejects(repair({ with: 'upstream', where: [{ feature: 'x', value: 'high' }] }), 'repair.bad-predicate');
});

test('a model version without a model file, or a missing file, names the version and the manifest key', async () => {
  const versions = ['v1', 'v1', 'v1', 'v1', 'v1', 'v9', 'v1', 'v1'];
  await rejects(repair({ with: 'upstream' }, { versions }), 'repair.no-model', /version "v9".*predictions\.models/);
  await rejects(repair({ with: 'upstream' }, { models: () => ({ v1: '/nonexistent/v1.onnx' }) }), 'repair.model-not-found', /"v1" \(predictions\.models\.v1/);
});

test('--model re-scores every touched record with that one file, whatever version logged it, and says so', async () => {
  const dir = tempDir('sightline-repair-model-');
  const negated = dir.write('negated.onnx', encodeLogisticOnnx({ inputs: ['x'], mean: [0], scale: [1], weights: [-1], intercept: 0, threshold: 0.5, version: 'negated' }));
  const versions = ['v1', 'v1', 'v1', 'v1', 'v1', 'v9', 'v1', 'v1'];
  const result = await repair({ with: 'upstream', model: negated, ...SOUTH_IN_FEB }, { versions });
  // sigmoid(-x) on the true x [2, 2, -2, -2] decides 0, 0, 1, 1 against labels 1, 1, 0, 0.
  assert.equal(result.after.accuracy?.value, 0);
  assert.deepEqual(result.export?.parameters.kind === 'repair' && result.export.parameters.models, { 'every version': negated });
  assert.ok(result.assumptions.some((a) => a.includes(`the one model ${negated} (--model)`)), result.assumptions.join('\n'));
});
