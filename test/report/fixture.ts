import type { Diagnostic, OverviewResult, StageSummary } from '../../core/protocol';

const DAY = 86_400_000;
export const START = Date.UTC(2024, 2, 1);
export const DAYS = 30;

/** Deterministic noise so the fixture looks like real traffic and never changes. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

function dailyCounts(): number[][] {
  const rand = noise(7);
  const ingest: number[] = [];
  const features: number[] = [];
  const predictions: number[] = [];
  for (let day = 0; day < DAYS; day++) {
    const weekday = new Date(START + day * DAY).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.72 : 1;
    const base = Math.round(48_000 * weekend * (0.95 + 0.1 * rand()));
    ingest.push(base);
    // An upstream schema change on days 19-21 makes the feature stage drop a share of rows.
    const dropped = day >= 19 && day <= 21 ? 0.35 : 0.01 + 0.01 * rand();
    features.push(Math.round(base * (1 - dropped)));
    // The scorer skips records it cannot score (about 3%).
    predictions.push(Math.round(features[day] * (0.965 + 0.01 * rand())));
  }
  return [ingest, features, predictions];
}

type ColumnSpec = [name: string, type: 'number' | 'category' | 'time', nullRate: number];

const COLUMNS: ColumnSpec[][] = [
  [['event_id', 'category', 0], ['event_time', 'time', 0], ['user_id', 'category', 0.0004], ['amount', 'number', 0.012], ['country', 'category', 0.031], ['device', 'category', 0.084]],
  [['event_id', 'category', 0], ['event_time', 'time', 0], ['amount_log', 'number', 0.012], ['country_idx', 'number', 0.031], ['device_idx', 'number', 0.214], ['sessions_7d', 'number', 0.067]],
  [['event_id', 'category', 0], ['event_time', 'time', 0], ['score', 'number', 0], ['model_version', 'category', 0], ['label', 'number', 0.412]],
];

export const DEFAULT_DIAGNOSTICS: Diagnostic[] = [
  {
    severity: 'warning',
    code: 'csv.ragged-row',
    message: 'Row has 5 fields, the header has 6; the row was skipped.',
    file: '/data/logs/ingest/part-0.csv',
    line: 1832,
    hint: 'Check the writer for unquoted commas in text fields.',
    count: 37,
  },
  {
    severity: 'info',
    code: 'time.assumed-utc',
    message: 'Timestamps without a zone were read as UTC.',
    column: 'event_time',
  },
];

export interface FixtureOptions {
  /** Replaces stage names, e.g. with hostile markup. */
  stageNames?: [string, string, string];
  diagnostics?: Diagnostic[];
  labels?: boolean;
}

/** A realistic overview by hand: 3 stages, 30 daily buckets, nulls, late labels. */
export function overviewFixture(options: FixtureOptions = {}): OverviewResult {
  const counts = dailyCounts();
  const buckets = Array.from({ length: DAYS }, (_, day) => START + day * DAY);
  const names = options.stageNames ?? ['ingest', 'features', 'predictions'];
  const rows = counts.map((c) => c.reduce((a, b) => a + b, 0));
  const span = { start: START, end: START + DAYS * DAY };
  const withLabels = options.labels ?? true;

  const stages: StageSummary[] = names.map((name, i) => ({
    name,
    files: Array.from({ length: i + 2 }, (_, f) => ({
      path: `/data/logs/${name}/part-${f}.${i === 0 ? 'csv' : 'parquet'}`,
      format: i === 0 ? ('csv' as const) : ('parquet' as const),
      rows: Math.round(rows[i] / (i + 2)),
      bytes: Math.round((rows[i] / (i + 2)) * (i === 0 ? 96 : 41)),
      skippedRows: i === 0 && f === 0 ? 37 : 0,
    })),
    rows: rows[i],
    columns: COLUMNS[i].map(([column, type, nullRate]) => ({ name: column, type, nullRate, nullCount: Math.round(nullRate * rows[i]) })),
    timeColumn: 'event_time',
    keyColumn: 'event_id',
    timeSpan: span,
    labels:
      withLabels && i === 2
        ? {
            coverage: 0.588,
            labeled: Math.round(rows[2] * 0.588),
            total: rows[2],
            lagMs: { p50: 31 * 3_600_000, p90: 4.2 * DAY, p99: 9 * DAY, max: 13 * DAY },
            source: 'label',
          }
        : undefined,
  }));

  const rand = noise(11);
  // Labels arrive over about a week: old buckets are nearly complete, the newest nearly empty.
  const coverage = buckets.map((_, day) => Math.min(0.97, 0.93 * (1 - Math.exp(-(DAYS - 1 - day) / 2.5)) + 0.03 * rand()));
  const medianLagHours = buckets.map((_, day): number | null =>
    day === DAYS - 1 ? null : Math.round(10 * (26 + 14 * rand() + Math.min(DAYS - 1 - day, 6) * 2)) / 10,
  );

  return {
    kind: 'overview',
    version: 1,
    pipeline: 'fraud-scoring',
    bucket: 'day',
    volume: names.map((stage, i) => ({ stage, buckets, counts: counts[i] })),
    nullRates: names.flatMap((stage, i) => COLUMNS[i].map(([column, , nullRate]) => ({ stage, column, nullRate }))),
    labelCoverage: withLabels ? { buckets, coverage, medianLagHours } : undefined,
    inspect: {
      kind: 'inspect',
      version: 1,
      pipeline: 'fraud-scoring',
      source: '/data/fraud-scoring/sightline.json',
      inferred: false,
      guesses: [],
      stages,
      diagnostics: options.diagnostics ?? DEFAULT_DIAGNOSTICS,
    },
  };
}
