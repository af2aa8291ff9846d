import type { StageLoss, TraceResult } from '../../core/protocol';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

/** ingest -> clean: 2 dropped and 3 nulled; clean -> features: nothing lost. */
export function lossPair(from: string, to: string, windows: [number, number, number, number][]): StageLoss {
  const sum = (i: number) => windows.reduce((s, w) => s + w[i], 0);
  return {
    from,
    to,
    key: 'id',
    columns: ['amount'],
    upstream: sum(0),
    dropped: sum(1),
    nulled: sum(2),
    changed: sum(3),
    byColumn: [{ column: 'amount', nulled: sum(2), changed: sum(3) }],
    byWindow: windows.map(([upstream, dropped, nulled, changed], i) => ({ start: T0 + i * DAY, upstream, dropped, nulled, changed })),
    alerts: sum(2) ? [{ what: 'nulled', start: T0 + DAY, share: 0.3, baseline: 0, score: 9, severity: 'alert' }] : [],
    duplicateKeys: 0,
    missingKeys: 0,
  };
}

/** A hand-made trace of a three-stage pipeline with one incident rooted at ingest.amount. */
export function traceFixture(overrides: Partial<TraceResult> = {}): TraceResult {
  return {
    kind: 'trace',
    version: 1,
    pipeline: 'orders',
    source: '/tmp/orders/sightline.json',
    bucket: 'day',
    reference: { source: 'first-windows', windows: 1, start: T0, end: T0 + DAY },
    stages: ['ingest', 'clean', 'features'],
    incidents: [
      {
        alerts: ['drift:ingest:amount:2024-01-02T00:00:00.000Z#1', 'nulls:clean:amount:2024-01-02T00:00:00.000Z#2'],
        firstStage: 'ingest',
        column: 'amount',
        rootKind: 'drift',
        onset: T0 + DAY,
        onsetInterval: [T0 + DAY, T0 + 2 * DAY],
        onsetMethod: 'mean-shift',
        downstream: [{ stage: 'clean', column: 'amount', kind: 'nulls', onset: T0 + DAY }],
        links: ['same column'],
        subpopulation: { column: 'country', value: 'NO', share: 0.3, inside: 0.9, outside: 0.1, description: 'country = NO' },
        runs: [{ component: 'ingest', runId: 'ingest-1', codeVersion: 'ingest@1.1', startedAt: T0 + DAY, versionBeganAtOnset: true, previousCodeVersion: 'ingest@1.0', coverage: 2 }],
      },
    ],
    alerts: [
      { id: 'drift:ingest:amount:2024-01-02T00:00:00.000Z#1', kind: 'drift', stage: 'ingest', column: 'amount', severity: 'warn', flaggedFrom: T0 + DAY, incident: 0, firstStage: 'ingest', firstColumn: 'amount', onset: T0 + DAY, interval: [T0 + DAY, T0 + 2 * DAY], method: 'mean-shift' },
      { id: 'nulls:clean:amount:2024-01-02T00:00:00.000Z#2', kind: 'nulls', stage: 'clean', column: 'amount', severity: 'alert', flaggedFrom: T0 + DAY, incident: 0, firstStage: 'ingest', firstColumn: 'amount', onset: T0 + DAY, interval: [T0 + DAY, T0 + DAY], method: 'mean-shift' },
    ],
    stageLoss: [lossPair('ingest', 'clean', [[10, 1, 0, 0], [10, 1, 3, 0], [10, 0, 0, 0]]), lossPair('clean', 'features', [[9, 0, 0, 0], [9, 0, 0, 0], [10, 0, 0, 0]])],
    notes: [],
    ...overrides,
  };
}
