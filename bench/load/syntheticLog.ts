import { seededRandom } from '../../core/stats/seededRandom';

/**
 * A prediction log shaped like the ones Sightline reads: 20 columns, of which 10 numeric,
 * 6 categorical (5 to 500 distinct values), 2 ISO timestamps, 1 boolean and 1 id-like string.
 * Columns are kept in memory as arrays so every file format is written from the same values.
 */
export interface SyntheticLog {
  rows: number;
  ids: string[];
  /** Event time, epoch ms (written with milliseconds and `Z`). */
  eventTime: Float64Array;
  /** Arrival time, epoch ms rounded to seconds (written with a +02:00 offset). */
  receivedAt: Float64Array;
  numbers: { name: string; decimals: number; values: Float64Array }[];
  categories: { name: string; levels: string[]; codes: Int32Array }[];
  flags: Uint8Array;
}

const NUMERIC = [
  { name: 'amount', decimals: 2 }, { name: 'age', decimals: 0 }, { name: 'score', decimals: 6 },
  { name: 'latency_ms', decimals: 0 }, { name: 'x1', decimals: 4 }, { name: 'x2', decimals: 4 },
  { name: 'x3', decimals: 4 }, { name: 'x4', decimals: 3 }, { name: 'x5', decimals: 3 }, { name: 'x6', decimals: 5 },
];

const CATEGORICAL = [
  { name: 'country', count: 50 }, { name: 'device', count: 5 }, { name: 'model_version', count: 8 },
  { name: 'segment', count: 500 }, { name: 'browser', count: 20 }, { name: 'region', count: 100 },
];

const START_MS = Date.UTC(2024, 2, 1);

function levels(name: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${name}_${i.toString(36)}`);
}

function numericValue(random: () => number, index: number): number {
  const u = random();
  switch (index) {
    case 0: return u < 0.01 ? NaN : Math.round(Math.exp(3 + 2 * u) * 100) / 100;
    case 1: return 18 + Math.floor(u * 70);
    case 2: return u;
    case 3: return Math.floor(5 + u * u * 2000);
    default: return u < 0.005 ? NaN : (u - 0.5) * 200;
  }
}

export function syntheticLog(rows: number, seed = 42): SyntheticLog {
  const random = seededRandom(seed);
  const log: SyntheticLog = {
    rows,
    ids: new Array<string>(rows),
    eventTime: new Float64Array(rows),
    receivedAt: new Float64Array(rows),
    numbers: NUMERIC.map((n) => ({ ...n, values: new Float64Array(rows) })),
    categories: CATEGORICAL.map((c) => ({ name: c.name, levels: levels(c.name, c.count), codes: new Int32Array(rows) })),
    flags: new Uint8Array(rows),
  };
  let time = START_MS;
  for (let r = 0; r < rows; r++) {
    log.ids[r] = `req-${(Math.floor(random() * 2 ** 32)).toString(16).padStart(8, '0')}-${r}`;
    time += Math.floor(random() * 50);
    log.eventTime[r] = time;
    log.receivedAt[r] = Math.floor((time + random() * 600_000) / 1000) * 1000;
    log.numbers.forEach((n, k) => {
      n.values[r] = numericValue(random, k);
    });
    for (const c of log.categories) {
      // Squaring skews the level frequencies, as real categorical logs are.
      const u = random();
      c.codes[r] = Math.floor(u * u * c.levels.length);
    }
    log.flags[r] = random() < 0.03 ? 1 : 0;
  }
  return log;
}

export function columnNames(): string[] {
  return ['request_id', 'event_time', 'received_at', ...NUMERIC.map((n) => n.name), ...CATEGORICAL.map((c) => c.name), 'is_fraud'];
}
