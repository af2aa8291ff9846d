import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Remediation, WhatIfAsk } from '../../core/protocol/whatif';
import { parseWhatIfAsk, parseWhatIfScope } from '../../extension/panels/whatIfParse';
import { askOfRemediation } from '../../extension/panels/whatIfAskOf';

const ASKS: WhatIfAsk[] = [
  { kind: 'threshold', objective: { kind: 'f1' } },
  { kind: 'threshold', objective: { kind: 'recall', target: 0.8 }, perSlice: { column: 'region', minLabeled: 50 } },
  { kind: 'threshold', objective: { kind: 'cost', costs: { falsePositive: 1, falseNegative: 5 } } },
  { kind: 'recalibrate', method: 'isotonic' },
  { kind: 'fallback', action: 'review' },
  { kind: 'rollback', current: 'v2', previous: 'v1' },
  { kind: 'repair', stage: 'features', column: 'dep_hour', with: 'upstream', upstreamStage: 'clean', model: '/models/v1.onnx' },
  { kind: 'schedule', policy: { kind: 'every', days: 7 }, retrainCost: 100 },
  { kind: 'schedule', policy: { kind: 'on-drift' }, retrainCost: 0, labelLagDays: 2, ageUnitDays: 1, costs: { falsePositive: 1, falseNegative: 3 } },
];

test('every kind of ask a panel form sends comes back field for field from its JSON', () => {
  for (const ask of ASKS) assert.deepEqual(parseWhatIfAsk(JSON.parse(JSON.stringify(ask))), ask, ask.kind);
});

test('malformed asks are refused, not passed on', () => {
  const bad: unknown[] = [
    null,
    { kind: 'nuke' },
    { kind: 'threshold', objective: { kind: 'precision', target: 2 } },
    { kind: 'threshold', objective: { kind: 'cost', costs: { falsePositive: 'x' } } },
    { kind: 'repair', stage: 'features', with: 'upstream' },
    { kind: 'schedule', policy: { kind: 'every', days: 0 }, retrainCost: 1 },
    { kind: 'schedule', policy: { kind: 'every', days: 1.5 }, retrainCost: 1 },
    { kind: 'schedule', policy: { kind: 'never' }, retrainCost: -1 },
    { kind: 'schedule', policy: { kind: 'sometimes' }, retrainCost: 1 },
  ];
  for (const value of bad) assert.equal(parseWhatIfAsk(value), undefined, JSON.stringify(value));
  assert.deepEqual(parseWhatIfAsk({ kind: 'rollback', current: 3, extra: 'dropped' }), { kind: 'rollback' });
});

test('a result computed elsewhere maps back to an ask and scope the form accepts', () => {
  const where = [{ feature: 'origin_state', value: 'TX' }];
  const cases: Array<[Remediation, WhatIfAsk, object]> = [
    [{ kind: 'threshold', objective: { kind: 'f1' }, perSlice: { minLabeled: 50 } }, { kind: 'threshold', objective: { kind: 'f1' } }, {}],
    [{ kind: 'fallback', where, action: 'negative' }, { kind: 'fallback', action: 'negative' }, { where }],
    [{ kind: 'repair', stage: 'features', column: 'dep_hour', with: 'upstream', upstreamStage: 'clean', where }, { kind: 'repair', stage: 'features', column: 'dep_hour', with: 'upstream', upstreamStage: 'clean' }, { where }],
    [{ kind: 'schedule', policy: { kind: 'never' }, retrainCost: 5 }, { kind: 'schedule', policy: { kind: 'never' }, retrainCost: 5 }, {}],
  ];
  for (const [remediation, ask, scope] of cases) {
    const mapped = askOfRemediation(remediation);
    assert.deepEqual(mapped, { ask, scope }, remediation.kind);
    assert.deepEqual(parseWhatIfAsk(JSON.parse(JSON.stringify(mapped.ask))), ask);
    assert.deepEqual(parseWhatIfScope(JSON.parse(JSON.stringify(mapped.scope))), scope);
  }
});
