import type { LogTable } from '../../core/io/logTable';
import { ArqueroEngine } from '../../core/engine/arqueroEngine';
import { domainClassifier, DEFAULT_MIN_AUC, DEFAULT_PERMUTATIONS } from '../../core/detect/drift';
import { normalDraw, seededRandom } from '../../core/detect/drift/random';
import { printTable } from '../printTable';

const SIZES = [200, 1000, 5000];
const CHANGES: { label: string; reference: number; current: number }[] = [
  { label: 'none (false alarms)', reference: 0.8, current: 0.8 },
  { label: 'correlation +0.8 -> -0.8', reference: 0.8, current: -0.8 },
  { label: 'correlation +0.3 -> 0', reference: 0.3, current: 0 },
];
const LEVEL = 0.05;

function repsFor(n: number): number {
  return n <= 200 ? 200 : n <= 1000 ? 100 : 40;
}

/** Columns a, b with correlation rho (each N(0,1), so marginals never change) and an independent c. */
function table(n: number, rho: number, random: () => number): LogTable {
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = normalDraw(random);
    b[i] = rho * a[i] + Math.sqrt(1 - rho * rho) * normalDraw(random);
    c[i] = normalDraw(random);
  }
  return { rowCount: n, reports: [], columns: [{ type: 'number', name: 'a', values: a }, { type: 'number', name: 'b', values: b }, { type: 'number', name: 'c', values: c }] };
}

const side = (t: LogTable) => ({ engine: new ArqueroEngine(new Map([['data', t]])), stage: 'data' });

interface Cell {
  flagged: number;
  significant: number;
  ms: number;
}

async function rates(n: number, change: (typeof CHANGES)[number], seed: number): Promise<Cell> {
  const random = seededRandom(seed);
  const reps = repsFor(n);
  let flagged = 0;
  let significant = 0;
  let ms = 0;
  for (let r = 0; r < reps; r++) {
    const reference = side(table(n, change.reference, random));
    const current = side(table(n, change.current, random));
    const started = performance.now();
    const result = await domainClassifier(reference, current, ['a', 'b', 'c'], LEVEL, { seed: seed + r });
    ms += performance.now() - started;
    if (result.drifted) flagged++;
    if (result.pValue < LEVEL) significant++;
  }
  return { flagged: flagged / reps, significant: significant / reps, ms: ms / reps };
}

/** Null flag rate and detection rate of the domain-classifier test, with its cost per test. */
export async function multivariateBench(): Promise<void> {
  const started = performance.now();
  console.log(`\nMultivariate drift (domain classifier, ${DEFAULT_PERMUTATIONS} permutations, minimum AUC ${DEFAULT_MIN_AUC}), n rows per side, 3 N(0,1) columns:`);
  console.log('  cells: "decision | p < 0.05" in percent, then the mean time of one test (sampling, cross-fit, permutations)');
  console.log(`  replicates: ${SIZES.map((n) => `${repsFor(n)} at n=${n}`).join(', ')}; binomial standard error at 5%: ${SIZES.map((n) => `${(100 * Math.sqrt(0.05 * 0.95 / repsFor(n))).toFixed(1)} pts`).join(', ')}\n`);
  const rows: string[][] = [];
  for (const [c, change] of CHANGES.entries()) {
    const cells: string[] = [change.label];
    for (const [k, n] of SIZES.entries()) {
      const cell = await rates(n, change, 7919 * (c + 1) + 104_729 * (k + 1));
      cells.push(`${pct(cell.flagged)} | ${pct(cell.significant)}  ${cell.ms.toFixed(0)} ms`);
    }
    rows.push(cells);
  }
  printTable(['change', ...SIZES.map((n) => `n=${n}`)], rows);
  console.log(`\nMultivariate calibration took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}
