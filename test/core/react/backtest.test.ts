import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Remediation, WhatIfCore } from '../../../core/protocol/whatif';
import { runWhatIf } from '../../../core/react/backtest/runWhatIf';
import { DAY, T0, squash, syntheticLog } from './synthetic';

const options = { bucket: 'day', replicates: 400, seed: 3 } as const;
const platt: Remediation = { kind: 'recalibrate', method: 'platt' };
const isotonic: Remediation = { kind: 'recalibrate', method: 'isotonic' };

test('recalibrating a calibrated model: no clear change on the Brier score, out of sample', () => {
  const log = syntheticLog({ days: 8, perDay: 600, seed: 1 });
  const result = runWhatIf(log, platt, options);
  assert.equal(result.primary, 'brier');
  assert.equal(result.verdict, 'no clear change');
  assert.equal(result.backtest.rows.length, 7);
  assert.equal(result.coverage.labeled, 7 * 600);
  assert.equal(result.coverage.total, 7 * 600);
  assert.deepEqual(result.backtest.skipped, [{ start: T0, reason: 'no-fit-window', records: 600 }]);
});

test('recalibrating scores squashed toward 0.5 helps out of sample, with Platt and with isotonic', () => {
  const log = syntheticLog({ days: 8, perDay: 600, seed: 2, transform: squash });
  for (const remediation of [platt, isotonic]) {
    const result = runWhatIf(log, remediation, options);
    const brier = result.difference.brier!;
    assert.equal(result.verdict, 'helps', remediation.kind === 'recalibrate' ? remediation.method : '');
    assert.ok(brier.interval!.high < 0);
    assert.equal(result.recordsChanged.scores, 7 * 600);
    // The squash is p -> 0.5 + 0.4 (p - 0.5), so the right map stretches by 2.5 around 0.5.
    if (result.export?.parameters.kind === 'platt') assert.ok(result.export.parameters.a > 2.5, `a = ${result.export.parameters.a}`);
  }
});

test('a threshold that cannot help is reported as not helping', () => {
  // Calibrated scores with equal error costs: 0.5 is already the Bayes-optimal threshold.
  const log = syntheticLog({ days: 8, perDay: 600, seed: 4 });
  const result = runWhatIf(log, { kind: 'threshold', objective: { kind: 'cost', costs: { falsePositive: 1, falseNegative: 1 } } }, options);
  assert.equal(result.primary, 'expectedCost');
  assert.notEqual(result.verdict, 'helps');
  assert.equal(result.verdict, 'no clear change');
});

test('a threshold that fits the costs helps: false negatives five times dearer than false positives', () => {
  const log = syntheticLog({ days: 8, perDay: 600, seed: 5 });
  const result = runWhatIf(log, { kind: 'threshold', objective: { kind: 'cost', costs: { falsePositive: 1, falseNegative: 5 } } }, options);
  assert.equal(result.verdict, 'helps');
  assert.ok(result.recordsChanged.decisions > 0);
  assert.equal(result.recordsChanged.scores, 0);
  // The Bayes threshold is 1 / (1 + 5).
  const exported = result.export!.parameters;
  assert.ok(exported.kind === 'threshold' && Math.abs(exported.global! - 1 / 6) < 0.06, JSON.stringify(exported));
});

test('windows with no labels are skipped and counted, and the next fit uses the last labeled window', () => {
  const log = syntheticLog({ days: 7, perDay: 300, seed: 6, transform: squash, unlabeled: [2, 3] });
  const result = runWhatIf(log, platt, options);
  const skipped = result.backtest.skipped.map((s) => [(s.start - T0) / DAY, s.reason]);
  assert.deepEqual(skipped, [[0, 'no-fit-window'], [2, 'no-labels'], [3, 'no-labels']]);
  assert.equal(result.backtest.rows.length, 4);
  const day4 = result.backtest.rows.find((r) => r.score.start === T0 + 4 * DAY)!;
  assert.equal(day4.fit.start, T0 + DAY);
  // Unlabeled days are out of sample too: they count in coverage's total and in changed records.
  assert.equal(result.coverage.total, 6 * 300);
  assert.equal(result.coverage.labeled, 4 * 300);
  assert.equal(result.recordsChanged.of, 6 * 300);
});

test('prior correction helps when the class mix shifts and the scores were calibrated for the old one', () => {
  const log = shiftedPriorLog();
  const result = runWhatIf(log, { kind: 'recalibrate', method: 'prior' }, { ...options, fitWindows: 2 });
  assert.equal(result.verdict, 'helps');
  const p = result.export!.parameters;
  assert.ok(p.kind === 'prior' && Math.abs(p.newPrior - 0.2) < 0.04, JSON.stringify(p));
});

/** Days 0-2 prior 0.5, days 3-5 prior 0.2; classes N(+1, 1) vs N(-1, 1) scored for prior 0.5. */
function shiftedPriorLog() {
  const n = 6 * 800;
  const times = new Float64Array(n);
  const scores = new Float64Array(n);
  const labels = new Float64Array(n);
  let state = 12345;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / 800);
    const y = random() < (day < 3 ? 0.5 : 0.2) ? 1 : 0;
    const x = (y ? 1 : -1) + normal();
    times[i] = T0 + day * DAY + i;
    scores[i] = 1 / (1 + Math.exp(-2 * x));
    labels[i] = y;
  }
  return { times, scores, labels };
}

test('the result is plain JSON: no NaN, intervals on every figure, assumptions and an export', () => {
  const log = syntheticLog({ days: 5, perDay: 200, seed: 7, transform: squash });
  const result: WhatIfCore = runWhatIf(log, { kind: 'threshold', objective: { kind: 'f1' }, perSlice: { minLabeled: 50 } }, { ...options, costs: { falsePositive: 1, falseNegative: 2 } });
  const round = JSON.parse(JSON.stringify(result)) as WhatIfCore;
  assert.deepEqual(round, result);
  assert.deepEqual(Object.keys(result.before).sort(), ['accuracy', 'expectedCost', 'f1', 'precision', 'recall']);
  assert.equal(result.before.accuracy!.interval!.method, 'wilson');
  assert.equal(result.difference.accuracy!.interval!.method, 'bootstrap-percentile');
  assert.equal(result.before.f1!.interval!.replicates, 400);
  assert.ok(result.assumptions.some((a) => /paired/.test(a)));
  assert.ok(result.assumptions.some((a) => /highest/.test(a)));
});

test('bad input names the column and what to do', () => {
  assert.throws(() => runWhatIf({ times: [1, 2], scores: [0.2, 1.5], labels: [0, 1] }, platt, options), /scores\[1\] is 1.5/);
  assert.throws(() => runWhatIf({ times: [1, 2], scores: [0.2], labels: [0, 1] }, platt, options), /scores has 1 rows/);
});
