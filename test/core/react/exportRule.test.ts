import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportRule } from '../../../core/react/backtest/exportRule';

test('a threshold export says the one threshold, the per-slice rule only when slices have their own, and what to do when none was met', () => {
  assert.equal(exportRule({ kind: 'threshold', global: 0.42, perSlice: {}, fallback: {} }), 'positive when score >= 0.42');
  assert.match(exportRule({ kind: 'threshold', global: 0.42, perSlice: { TX: 0.3 }, fallback: {} }), /perSlice\[slice\] if the slice has its own threshold, else score >= global/);
  assert.match(exportRule({ kind: 'threshold', global: null, perSlice: {}, fallback: {} }), /no threshold met the objective.*keep the rule in place/);
});
