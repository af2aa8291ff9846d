import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WhatIfDifference } from '../../../core/protocol/whatif';
import { disagreement } from '../../../core/react/backtest/disagreement';

const diff = (verdict: WhatIfDifference['verdict']): WhatIfDifference => ({ value: 0, interval: null, higherIsBetter: true, verdict });

test('metrics that point different ways are named, with the one the verdict reads', () => {
  assert.deepEqual(disagreement('accuracy', { accuracy: diff('helps'), recall: diff('hurts'), f1: diff('hurts'), precision: diff('no clear change') }), [
    'the metrics disagree: helps accuracy; hurts recall, f1. The verdict is read from accuracy alone; weigh the others before acting',
  ]);
  assert.deepEqual(disagreement('f1', { f1: diff('helps'), accuracy: diff('helps'), recall: diff('no clear change') }), []);
});
