import { runChildTask } from './load/childProcess';
import { loadBench } from './load/loadBench';
import { incidentsBench } from './incidents/incidentsBench';
import { calibration } from './calibration';
import { traceBench } from './trace/traceBench';
import { slicesBench } from './slices/slicesBench';
import { repairBench } from './repair/repairBench';
import { whatifBench } from './whatif/whatifBench';

/**
 * `npm run bench -- [name] [--rows N]` runs the named benchmark (all when none is named).
 * `--child <task> <file>` is the entry the benchmarks use to measure one loader in a fresh process.
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
};

function flagValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--child') return runChildTask(args[1], args[2]);
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
