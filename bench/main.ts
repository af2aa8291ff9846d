import { runChildTask } from './load/childProcess';
import { loadBench } from './load/loadBench';
import { incidentsBench } from './incidents/incidentsBench';
import { calibration } from './calibration';
import { traceBench } from './trace/traceBench';
import { slicesBench } from './slices/slicesBench';
import { repairBench } from './repair/repairBench';
import { whatifBench } from './whatif/whatifBench';
import { enginesBench } from './engines/enginesBench';
import { runEnginesChild } from './engines/engineChild';
import { enginesDemoBench } from './enginesDemo/enginesDemoBench';

/**
 * `npm run bench -- [name] [--rows N]` runs the named benchmark (all when none is named).
 * `--child <task> <file>` is the entry the benchmarks use to measure one loader in a fresh process;
 * `--engines-child <manifest> <engine> <phases>` runs one engine's phases for the engines bench.
 */
const BENCHES: Record<string, (rows: number | undefined) => Promise<void>> = {
  load: (rows) => loadBench({ rows: rows ?? 1_000_000, bigRows: (rows ?? 1_000_000) * 5 }),
  // The demo folder comes from SIGHTLINE_DEMO_DIR; it is built there when it holds no incidents.json.
  incidents: () => incidentsBench(process.env.SIGHTLINE_DEMO_DIR ?? 'demo-workspace'),
  calibration: () => calibration(),
  trace: () => traceBench(process.env.SIGHTLINE_DEMO_DIR ?? 'demo-workspace'),
  slices: () => slicesBench(),
  // The demo folder comes from SIGHTLINE_DEMO_DIR, else a temp folder where it is built once.
  repair: () => repairBench(),
  // Every remediation on the demo (SIGHTLINE_DEMO_DIR, else the repair bench's temp folder).
  whatif: () => whatifBench(),
  // DuckDB and two-shard ClickHouse at --rows (default 10M), in memory at the largest size that fits,
  // ClickHouse monitoring at SIGHTLINE_BENCH_BIG_ROWS (default 10x --rows; 0 skips it).
  engines: (rows) => enginesBench({ rows: rows ?? 10_000_000, bigRows: Number(process.env.SIGHTLINE_BENCH_BIG_ROWS ?? (rows ?? 10_000_000) * 10) }),
  // The demo's inspect, drift and monitoring on every engine, and how far their results are from the in-memory ones.
  'engines-demo': () => enginesDemoBench(),
};

function flagValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--child') return runChildTask(args[1], args[2]);
  if (args[0] === '--engines-child') return runEnginesChild(args.slice(1));
  const rowsText = flagValue(args, '--rows');
  const rows = rowsText === undefined ? undefined : Number(rowsText);
  if (rows !== undefined && !(Number.isInteger(rows) && rows > 0)) throw new Error(`--rows needs a positive integer, got ${rowsText}`);
  const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rows');
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) await BENCHES[name](rows);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
