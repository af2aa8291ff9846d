import { tempDir } from '../../../helpers/tempDir';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);
export const DAYS = 60;
export const ROWS_PER_DAY = 120;
/** From this day on, ingest writes amounts of country NO in cents: a planted upstream bug. */
export const BUG_DAY = 40;

export interface PlantedCounts {
  /** Per day of the upstream stage's time: [records, dropped, nulled, changed]. */
  ingestToClean: number[][];
  cleanToFeatures: number[][];
}

interface Row {
  id: string;
  ts: string;
  day: number;
  amount: number;
  country: string;
}

/**
 * A 3-stage keyed pipeline: ingest -> clean (drops 5% of records at random, nulls amounts above
 * 500, upper-cases the country) -> features (drops records without an amount, log of the
 * amount). From BUG_DAY ingest's amounts for NO are 100x, so clean nulls them and features drops
 * them. The counts of dropped, nulled and changed records are tallied here, as the rows are written.
 */
export function syntheticPipeline(options: { runs?: boolean } = {}): { dir: string; counts: PlantedCounts } {
  const t = tempDir('sightline-trace-');
  let seed = 7;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const ingest = ['id,ts,amount,country'];
  const clean = ['id,ts,amount,country'];
  const features = ['id,ts,log_amount,country'];
  const counts: PlantedCounts = { ingestToClean: [], cleanToFeatures: [] };
  for (let day = 0; day < DAYS; day++) {
    const a = [0, 0, 0, 0];
    const b = [0, 0, 0, 0];
    for (let i = 0; i < ROWS_PER_DAY; i++) {
      const row = ingestRow(day, i, random);
      ingest.push(`${row.id},${row.ts},${row.amount.toFixed(2)},${row.country}`);
      a[0]++;
      if (random() < 0.05) {
        a[1]++;
        continue;
      }
      const amount = row.amount > 500 ? null : Number(row.amount.toFixed(2));
      const country = row.country.toUpperCase();
      if (amount === null) a[2]++;
      if (country !== row.country) a[3]++;
      clean.push(`${row.id},${row.ts},${amount ?? ''},${country}`);
      b[0]++;
      if (amount === null) {
        b[1]++;
        continue;
      }
      features.push(`${row.id},${row.ts},${Math.log(amount).toFixed(6)},${country}`);
    }
    counts.ingestToClean.push(a);
    counts.cleanToFeatures.push(b);
  }
  t.write('logs/ingest.csv', ingest.join('\n') + '\n');
  t.write('logs/clean.csv', clean.join('\n') + '\n');
  t.write('logs/features.csv', features.join('\n') + '\n');
  if (options.runs) t.write('logs/runs.jsonl', runsLog());
  t.write('sightline.json', JSON.stringify({
    version: 1,
    name: 'synthetic',
    key: 'id',
    time: 'ts',
    stages: [
      { name: 'ingest', files: 'logs/ingest.csv' },
      { name: 'clean', files: 'logs/clean.csv' },
      { name: 'features', files: 'logs/features.csv' },
    ],
    reference: { start: '2024-01-01', end: '2024-01-29' },
    ...(options.runs ? { runs: { files: 'logs/runs.jsonl', component: 'component', runId: 'run_id', start: 'start', end: 'end', codeVersion: 'code_version', inputs: 'inputs', outputs: 'outputs' } } : {}),
  }));
  return { dir: t.dir, counts };
}

function ingestRow(day: number, i: number, random: () => number): Row {
  const ts = new Date(T0 + day * DAY + Math.floor(random() * DAY)).toISOString();
  const country = random() < 0.5 ? 'NO' : random() < 0.06 ? 'se' : 'SE';
  const base = 50 + 10 * (random() + random() + random() - 1.5);
  const amount = day >= BUG_DAY && country === 'NO' ? base * 100 : base;
  return { id: `r${day}-${i}`, ts, day, amount, country };
}

/** One run per component per day, the next morning; ingest@1.1 ships the bug on BUG_DAY. */
function runsLog(): string {
  const lines: string[] = [];
  const components = [
    { name: 'ingest', input: (d: number) => `feed://amounts/${d}`, output: 'logs/ingest.csv', version: (d: number) => (d >= BUG_DAY ? 'ingest@1.1' : 'ingest@1.0') },
    { name: 'clean', input: () => 'logs/ingest.csv', output: 'logs/clean.csv', version: () => 'clean@2.0' },
    { name: 'features', input: () => 'logs/clean.csv', output: 'logs/features.csv', version: () => 'features@3.0' },
  ];
  for (let day = 0; day < DAYS; day++) {
    components.forEach((c, k) => {
      const start = T0 + (day + 1) * DAY + 3_600_000 + k * 600_000;
      lines.push(JSON.stringify({ component: c.name, run_id: `${c.name}-${day}`, start: new Date(start).toISOString(), end: new Date(start + 60_000).toISOString(), code_version: c.version(day), inputs: [c.input(day)], outputs: [c.output] }));
    });
  }
  return lines.join('\n') + '\n';
}
