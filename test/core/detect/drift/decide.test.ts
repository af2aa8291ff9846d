import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EffectSize } from '../../../../core/detect/drift';
import { decide } from '../../../../core/detect/drift';

const sd = (value: number, lo: number, hi: number): EffectSize => ({ value, interval: [lo, hi], name: 'Wasserstein distance / reference SD', unit: ' SD' });
const ks = (pValue: number) => ({ method: 'ks_2samp', statistic: 0.2, pValue });

test('significant and the interval reaches the minimum: flagged, and the reason says both', () => {
  const d = decide(ks(0.003), 0.02, sd(0.18, 0.09, 0.27), 0.05, 0.1);
  assert.equal(d.drifted, true);
  assert.equal(d.reason, 'p = 0.003 (BH-adjusted 0.02) is below 0.05 and effect 0.18 SD [0.09, 0.27] is above the 0.1 SD minimum');
});

test('significant but confidently negligible (a million rows, 0.02 SD): not flagged', () => {
  const d = decide(ks(1e-26), 3e-26, sd(0.02, 0.017, 0.023), 0.05, 0.1);
  assert.equal(d.drifted, false);
  assert.match(d.reason, /^p = 1\.0e-26 \(BH-adjusted 3\.0e-26\) is below 0\.05, but effect 0\.02 SD \[0\.017, 0\.023\] is entirely below the 0\.1 SD minimum/);
});

test('a raw p below the level whose BH-adjusted p is not: not flagged', () => {
  const d = decide(ks(0.03), 0.09, sd(0.3, 0.1, 0.5), 0.05, 0.1);
  assert.equal(d.drifted, false);
  assert.match(d.reason, /BH-adjusted 0\.09\) is not below 0\.05: no evidence of change/);
});

test('an estimate below the minimum whose interval reaches it is still flagged when significant', () => {
  const d = decide(ks(0.001), 0.001, sd(0.08, 0.05, 0.11), 0.05, 0.1);
  assert.equal(d.drifted, true);
  assert.match(d.reason, /has an interval reaching the 0\.1 SD minimum/);
});

test('a distance without a p-value uses its fixed threshold and says so', () => {
  const outcome = { method: 'psi', statistic: 0.25, pValue: null, threshold: 0.2 };
  const d = decide(outcome, null, { value: 0.2, interval: [0.1, 0.3], name: 'total variation distance', unit: '' }, 0.05, 0.05);
  assert.equal(d.drifted, true);
  assert.match(d.reason, /^psi = 0\.25 is at or above the fixed threshold 0\.2 \(a distance: no p-value/);
});
