import type { LineageResult, SliceDiffResult, SliceFinding, SlicesResult, TraceResult } from '../../core/protocol';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

function finding(predicates: [string, string][], size: number, error: number, adjustedPValue: number, extra: Partial<SliceFinding> = {}): SliceFinding {
  return {
    predicates: predicates.map(([feature, value]) => ({ feature, value })),
    size,
    error,
    errorInterval: [error - 0.05, error + 0.05],
    score: 1.5 - predicates.length * 0.4,
    pValue: adjustedPValue / 2,
    adjustedPValue,
    level: predicates.length,
    ...extra,
  };
}

/** Two ranked slices (the second folded into the first), one small significant slice. */
export function slicesFixture(): SlicesResult {
  return {
    kind: 'slices',
    version: 1,
    pipeline: 'scored.csv',
    source: '/data/logs/scored.csv',
    rows: 1000,
    rowsWithoutError: 20,
    overallError: 0.12,
    options: {
      alpha: 0.95, minSupport: 32, k: 10, maxLevel: 3, bins: 10, maxCategories: 30, foldTolerance: 0.1, smallFloor: 10, smallSearchSupport: 10,
      errorKind: 'binary', errorSource: 'mismatch of 0/1 "label" and "predicted"', errorSpec: { label: 'label', prediction: 'predicted' }, tieBreak: 'size',
    },
    features: [
      { name: 'country', kind: 'categorical', bins: ['US', 'FR'], binning: '2 values' },
      { name: 'device', kind: 'categorical', bins: ['ios', 'android'], binning: '2 values' },
    ],
    excluded: [{ column: 'event_time', reason: 'time column' }],
    slices: [finding([['country', 'FR'], ['device', 'android']], 150, 0.56, 1e-40), finding([['country', 'FR'], ['device', 'android'], ['plan', 'free']], 80, 0.58, 0.2, { foldedInto: 0 })],
    significantSmall: [finding([['country', 'DE'], ['device', 'web'], ['plan', 'pro']], 14, 0.86, 1e-5)],
    evaluated: 42,
    notes: [],
  };
}

export function sliceDiffFixture(): SliceDiffResult {
  return {
    kind: 'slice-diff',
    version: 1,
    pipeline: 'current vs reference',
    source: '/data/logs/current.csv',
    referenceRows: 500,
    currentRows: 520,
    minSupport: 10,
    maxLevel: 2,
    grown: [{ predicates: [{ feature: 'device', value: 'android' }], referenceCount: 50, currentCount: 160, referenceShare: 0.1, currentShare: 0.3077, riskRatio: 3.07 }],
    shrunk: [{ predicates: [{ feature: 'device', value: 'ios' }], referenceCount: 250, currentCount: 130, referenceShare: 0.5, currentShare: 0.25, riskRatio: 0.5 }],
  };
}

/** One incident rooted in ingest.amount that reaches scored, with a run that began at its onset; one stage pair. */
export function traceFixture(): TraceResult {
  const onset = T0 + 20 * DAY;
  return {
    kind: 'trace',
    version: 1,
    pipeline: 'shop',
    source: '/data/sightline.json',
    bucket: 'day',
    reference: { source: 'first-windows', windows: 7, start: T0, end: T0 + 7 * DAY },
    incidents: [
      {
        alerts: ['a1', 'a2'],
        firstStage: 'ingest',
        column: 'amount',
        rootKind: 'nulls',
        onset,
        onsetInterval: [onset - DAY, onset],
        onsetMethod: 'mean-shift',
        downstream: [{ stage: 'scored', column: 'amount', kind: 'nulls', onset }],
        links: ['same column'],
        runs: [{ component: 'ingest', runId: 'r7', codeVersion: 'v2', startedAt: onset, versionBeganAtOnset: true, previousCodeVersion: 'v1', coverage: 2 }],
      },
    ],
    alerts: [],
    stageLoss: [
      {
        from: 'ingest', to: 'scored', key: 'id', columns: ['amount'], upstream: 1440, dropped: 49, nulled: 0, changed: 3,
        byColumn: [{ column: 'amount', nulled: 0, changed: 3 }], byWindow: [],
        alerts: [{ what: 'dropped', start: T0 + 24 * DAY, share: 0.15, baseline: 0, score: 10.2, severity: 'alert' }],
        duplicateKeys: 0, missingKeys: 0,
      },
    ],
    notes: ['no runs log in the manifest, so no runs or code versions'],
  };
}

/** A record present in ingest, changed and nulled in scored, with its prediction and label. */
export function lineageFixture(): LineageResult {
  return {
    kind: 'lineage',
    version: 1,
    pipeline: 'shop',
    source: '/data/sightline.json',
    key: 'e20-0',
    eventTime: T0 + 20 * DAY,
    stages: [
      { stage: 'ingest', keyColumn: 'id', status: 'present', present: true, rows: [{ values: { id: 'e20-0', amount: 51.5, country: 'fr' } }] },
      {
        stage: 'scored', keyColumn: 'id', role: 'predictions+labels', status: 'present', present: true,
        rows: [{ values: { id: 'e20-0', amount: null, country: 'FR', score: 0.7 } }],
        diff: { against: 'ingest', changed: [{ column: 'country', from: 'fr', to: 'FR' }], nulled: [{ column: 'amount', value: 51.5 }], added: [{ column: 'score', value: 0.7 }], removed: [], unchanged: 1 },
      },
      { stage: 'archive', status: 'dropped', present: false, rows: [] },
    ],
    prediction: { stage: 'scored', rows: 1, score: 0.7, class: 1, shadow: [] },
    label: { stage: 'scored', column: 'label', rows: 1, value: 0 },
    notes: ['archive dropped the record'],
  };
}
