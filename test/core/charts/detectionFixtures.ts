import type {
  ClassificationMetrics,
  ColumnWindowFigures,
  DriftColumn,
  DriftResult,
  MetricValue,
  MonitorAlert,
  MonitorResult,
  PerformanceResult,
  PerformanceWindow,
  ScoredFigure,
  StageWindowFigures,
} from '../../../core/protocol';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

export function scored(value: number, score: number): ScoredFigure {
  return { value, deviation: value, score, decision: score >= 6 ? 'alert' : score >= 4 ? 'warn' : 'ok' };
}

function columns(day: number): Record<string, ColumnWindowFigures> {
  return {
    amount: { nullRate: scored(day === 3 ? 0.3 : 0.01, day === 3 ? 9 : 0.5), outOfRange: scored(0, 0.2), absent: false, ...(day === 2 ? { drift: scored(0.4, 5) } : {}) },
    country: { nullRate: scored(0.02, 0.3), unseen: scored(day === 3 ? 0.05 : 0, day === 3 ? 4.5 : 0), absent: false },
  };
}

function window(day: number): StageWindowFigures {
  return { start: T0 + day * DAY, reference: day < 2, rows: 1000 + day, volume: scored(1000 + day, day === 1 ? 1.5 : 0.1), columns: columns(day), drillDown: [] };
}

export function alert(overrides: Partial<MonitorAlert> = {}): MonitorAlert {
  return { id: 'a1', kind: 'nulls', stage: 'ingest', column: 'amount', onset: T0 + 3 * DAY, last: T0 + 3 * DAY, windows: 1, severity: 'alert', score: 9, evidence: 'null rate 30% vs 1% in the reference', ...overrides };
}

/** Two stages over four days: a drift warning on day 2 and a null burst on day 3 in ingest.amount. */
export function monitorFixture(overrides: Partial<MonitorResult> = {}): MonitorResult {
  const days = [0, 1, 2, 3];
  return {
    kind: 'monitor',
    version: 1,
    pipeline: 'shop',
    source: '/data/shop/sightline.json',
    bucket: 'day',
    reference: { source: 'first-windows', windows: 2, start: T0, end: T0 + 2 * DAY },
    windows: days.map((d) => T0 + d * DAY),
    stages: [
      { stage: 'ingest', timeColumn: 'ts', referenceWindows: 2, notes: [], ranges: {}, thresholds: {}, windows: days.map(window) },
      { stage: 'score', timeColumn: 'ts', referenceWindows: 2, notes: ['no label column'], ranges: {}, thresholds: {}, windows: days.slice(1).map(window) },
    ],
    alerts: [
      alert(),
      alert({ id: 'w1', severity: 'warn', kind: 'unseen-category', column: 'country', score: 4.5, evidence: 'unseen 5%', subpopulation: { column: 'device', value: 'ios', share: 0.4, inside: 0.1, outside: 0.01, description: 'device = ios: 10% vs 1% in the rest' } }),
      alert({ id: 'a2', kind: 'volume', column: '*', onset: T0 + 2 * DAY, last: T0 + 3 * DAY, windows: 2, evidence: 'rows fell' }),
    ],
    ...overrides,
  };
}

function metric(value: number | null, labeled: number, total: number, interval?: [number, number]): MetricValue {
  return { value, interval: interval ? { low: interval[0], high: interval[1], level: 0.95, method: 'wilson' } : null, labeled, total, coverage: total ? labeled / total : 0 };
}

function classification(accuracy: MetricValue): ClassificationMetrics {
  const none = metric(null, accuracy.labeled, accuracy.total);
  return { task: 'classification', accuracy, precision: none, recall: none, f1: none, rocAuc: none, logLoss: none, calibrationError: none };
}

function perfWindow(day: number, acc: number | null, labeled: number, estimate?: number): PerformanceWindow {
  const estimated = { value: null, interval: null };
  return {
    start: T0 + day * DAY,
    total: 100,
    labeled,
    coverage: labeled / 100,
    lagMs: null,
    inReference: day < 2,
    observed: classification(metric(acc, labeled, 100, acc === null ? undefined : [acc - 0.05, acc + 0.04])),
    estimates:
      estimate === undefined
        ? []
        : [{ estimated: true, method: 'cbpe', assumptions: ['calibrated scores'], accuracy: { value: estimate, interval: { low: estimate - 0.1, high: estimate + 0.08, level: 0.95, method: 'bootstrap-percentile' } }, precision: estimated, recall: estimated, f1: estimated, rocAuc: estimated }],
  };
}

/** Accuracy for four days; the last two have few labels and carry CBPE estimates. */
export function performanceFixture(): PerformanceResult {
  const windows = [perfWindow(0, 0.9, 90), perfWindow(1, 0.88, 85), perfWindow(2, 0.8, 10, 0.75), perfWindow(3, null, 0, 0.7)];
  return {
    kind: 'performance',
    version: 1,
    pipeline: 'shop',
    task: 'classification',
    bucket: 'day',
    reference: { start: T0, end: T0 + 2 * DAY, observed: classification(metric(0.89, 175, 200)) },
    windows,
    settings: { level: 0.95, bootstrapReplicates: 200, seed: 1, threshold: 0.5, calibrationBins: 10, logLossEps: 1e-15, estimateBelowCoverage: 0.5, cbpeCalibration: 'isotonic' },
    source: { predictions: 'score.p', labels: 'score.label' },
    coverage: { total: 400, labeled: 185, coverage: 0.4625 },
    notes: [],
  };
}

function driftColumn(overrides: Partial<DriftColumn>): DriftColumn {
  return {
    column: 'amount',
    type: 'number',
    kind: 'numeric',
    method: 'ks',
    statistic: 0.21,
    pValue: 0.0001,
    pAdjusted: 0.0002,
    effectSize: 0.3,
    effectSizeName: 'Wasserstein / reference SD',
    effectSizeInterval: [0.22, 0.38],
    drifted: true,
    reason: 'p (BH) 0.0002 < 0.05 and the effect interval reaches 0.1 SD',
    counts: { reference: 500, current: 500 },
    ...overrides,
  };
}

/** amount drifted, country did not (its interval stays under the categorical minimum). */
export function driftFixture(): DriftResult {
  return {
    kind: 'drift',
    version: 1,
    pipeline: 'before.csv vs after.csv',
    source: '/data/after.csv',
    reference: { source: '/data/before.csv', rows: 500 },
    current: { source: '/data/after.csv', rows: 520 },
    level: 0.05,
    correction: 'benjamini-hochberg',
    minEffect: { numeric: 0.1, categorical: 0.05 },
    columns: [
      driftColumn({}),
      driftColumn({ column: 'country', type: 'category', kind: 'categorical', method: 'chi2', statistic: 3.2, pValue: 0.36, pAdjusted: 0.36, effectSize: 0.02, effectSizeName: 'total variation', effectSizeInterval: [0, 0.04], drifted: false, reason: 'p (BH) 0.36 ≥ 0.05', note: 'two rare categories merged' }),
    ],
    skipped: [{ column: 'ts', reason: 'time column' }],
  };
}
