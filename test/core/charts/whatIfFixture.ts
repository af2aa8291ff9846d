import type { Interval, WhatIfDifference, WhatIfResult, WhatIfValue } from '../../../core/protocol';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

export function interval(low: number, high: number): Interval {
  return { low, high, level: 0.95, method: 'bootstrap-percentile', replicates: 200, seed: 7 };
}

export function value(v: number | null, low?: number, high?: number): WhatIfValue {
  return { value: v, interval: low === undefined || high === undefined ? null : interval(low, high) };
}

export function difference(v: number | null, low: number, high: number, verdict: WhatIfDifference['verdict'], higherIsBetter = true): WhatIfDifference {
  return { ...value(v, low, high), higherIsBetter, verdict };
}

/**
 * A hand-made threshold what-if (test data, not computed): F1 helps, accuracy does not clearly
 * change, three scored windows (the middle one without a defined precision) and two slice values.
 */
export function whatIfFixture(overrides: Partial<WhatIfResult> = {}): WhatIfResult {
  return {
    kind: 'whatif',
    version: 1,
    pipeline: 'fixture pipeline',
    source: '/tmp/fixture/sightline.json',
    remediation: { kind: 'threshold', objective: { kind: 'f1' } },
    bucket: 'day',
    primary: 'f1',
    verdict: 'helps',
    before: { f1: value(0.61, 0.58, 0.64), accuracy: value(0.9, 0.89, 0.91) },
    after: { f1: value(0.68, 0.65, 0.71), accuracy: value(0.902, 0.892, 0.912) },
    difference: { f1: difference(0.07, 0.04, 0.1, 'helps'), accuracy: difference(0.002, -0.004, 0.008, 'no clear change') },
    coverage: { labeled: 1800, total: 2400, share: 0.75 },
    recordsChanged: { decisions: 120, scores: 0, of: 2400 },
    backtest: {
      rows: [],
      skipped: [{ start: T0, reason: 'no-fit-window', records: 800 }],
      fitWindows: 1,
      bootstrap: { replicates: 200, seed: 7, level: 0.95 },
    },
    assumptions: ['Labels are missing at random within a window.', 'the metrics disagree: helps f1; hurts brier. The verdict is read from f1 alone; weigh the others before acting'],
    export: {
      fittedOn: { start: T0 + 2 * DAY, end: T0 + 3 * DAY, labeled: 600 },
      parameters: { kind: 'threshold', global: 0.42, perSlice: {}, fallback: {} },
      rule: 'Predict positive when score >= 0.42.',
    },
    overTime: [
      { start: T0 + DAY, end: T0 + 2 * DAY, labeled: 600, before: { f1: 0.6, accuracy: 0.9 }, after: { f1: 0.66, accuracy: 0.9 } },
      { start: T0 + 2 * DAY, end: T0 + 3 * DAY, labeled: 0, before: { f1: null }, after: { f1: null } },
      { start: T0 + 3 * DAY, end: T0 + 4 * DAY, labeled: 1200, before: { f1: 0.62, accuracy: 0.9 }, after: { f1: 0.7, accuracy: 0.904 } },
    ],
    bySlice: [
      { column: 'region', value: 'north', labeled: 900, before: value(0.64, 0.6, 0.68), after: value(0.66, 0.62, 0.7), difference: difference(0.02, -0.01, 0.05, 'no clear change') },
      { column: 'region', value: 'south', labeled: 900, before: value(0.58, 0.54, 0.62), after: value(0.7, 0.66, 0.74), difference: difference(0.12, 0.08, 0.16, 'helps') },
      { column: 'channel', value: 'web', labeled: 300, before: value(0.6, 0.5, 0.7), after: value(0.55, 0.45, 0.65), difference: difference(-0.05, -0.09, -0.01, 'hurts') },
    ],
    sliceColumns: ['region', 'channel'],
    ...overrides,
  };
}
