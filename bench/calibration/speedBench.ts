import type { LogTable, Column } from '../../core/io/logTable';
import { detectDrift } from '../../core/detect/drift';
import { normalDraw } from '../../core/detect/drift/random';
import { seededRandom } from '../../core/stats/seededRandom';
import { printTable } from '../printTable';
import { evidentlyCategoricalDrift, evidentlyNumericDrift } from './evidentlyRule';

const CATEGORY_SIZES = [2, 5, 20, 50, 200];

interface Shape {
  label: string;
  rows: number;
  numeric: number;
  categorical: number;
  /** Measured with Evidently 0.4.33 on this machine class earlier (../shared/oracle/README.md). */
  evidentlySeconds: number;
  budgetSeconds: number;
}

const SHAPES: Shape[] = [
  { label: '1M rows x 10 columns (5 numeric, 5 categorical)', rows: 1_000_000, numeric: 5, categorical: 5, evidentlySeconds: 39.6, budgetSeconds: 2 },
  { label: '100k rows x 100 columns (60 numeric, 40 categorical)', rows: 100_000, numeric: 60, categorical: 40, evidentlySeconds: 15.5, budgetSeconds: 3 },
];

/**
 * Analysis time of detectDrift once both tables are in memory (statistics requests to the
 * engine, tests, effect-size bootstraps, BH), beside Evidently's measured times and, in this
 * run, Evidently's default rule reimplemented in TypeScript on the same data.
 */
export async function speedBench(): Promise<void> {
  const rows: string[][] = [];
  for (const shape of SHAPES) {
    const reference = mixedTable(shape, 1, 0);
    const current = mixedTable(shape, 2, 0.05);
    const times: number[] = [];
    let drifted = 0;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      const result = await detectDrift({ table: reference, source: 'reference' }, { table: current, source: 'current' });
      times.push((performance.now() - started) / 1000);
      drifted = result.columns.filter((c) => c.drifted).length;
    }
    const evidentlyTs = timeEvidentlyRule(reference, current);
    rows.push([
      shape.label,
      `${times[0].toFixed(2)} / ${times[1].toFixed(2)}`,
      `${shape.budgetSeconds}`,
      evidentlyTs.toFixed(2),
      `${shape.evidentlySeconds}`,
      `${drifted}`,
    ]);
  }
  console.log('\nSpeed: all default tests, analysis time once loaded (seconds)');
  printTable(['data', 'Sightline 1st / 2nd run', 'budget', 'Evidently rule in TS (this run)', 'Evidently 0.4.33 (earlier)', 'columns flagged'], rows);
  console.log('Evidently 0.4.33 figures (DataDriftTable, 2 cores; 1.1 GB peak at 1M x 10) and scipy ks_2samp alone at 1M rows, 2.5 s,');
  console.log('were measured on the same machine class earlier (../shared/oracle/README.md), not in this run.');
  console.log('Current data: numeric columns shifted by 0.05 SD (a negligible change), categories unchanged.');
}

function mixedTable(shape: Shape, seed: number, shift: number): LogTable {
  const random = seededRandom(seed);
  const columns: Column[] = [];
  for (let c = 0; c < shape.numeric; c++) {
    const values = new Float64Array(shape.rows);
    for (let i = 0; i < shape.rows; i++) values[i] = normalDraw(random) + shift;
    columns.push({ type: 'number', name: `x${c}`, values });
  }
  for (let c = 0; c < shape.categorical; c++) {
    const size = CATEGORY_SIZES[c % CATEGORY_SIZES.length];
    const codes = new Int32Array(shape.rows);
    // Squaring a uniform skews the shares toward the first categories.
    for (let i = 0; i < shape.rows; i++) codes[i] = Math.floor(random() ** 2 * size);
    columns.push({ type: 'category', name: `c${c}`, codes, dictionary: Array.from({ length: size }, (_, k) => `v${k}`) });
  }
  return { rowCount: shape.rows, columns, reports: [] };
}

/** Evidently's rule on the same tables: sort numbers, count categories, one test or distance each. */
function timeEvidentlyRule(reference: LogTable, current: LogTable): number {
  const started = performance.now();
  reference.columns.forEach((column, k) => {
    const other = current.columns[k];
    if (column.type === 'number' && other.type === 'number') {
      evidentlyNumericDrift(Float64Array.from(column.values).sort(), Float64Array.from(other.values).sort());
    } else if (column.type === 'category' && other.type === 'category') {
      evidentlyCategoricalDrift(codeCounts(column.codes, column.dictionary.length), codeCounts(other.codes, other.dictionary.length));
    }
  });
  return (performance.now() - started) / 1000;
}

function codeCounts(codes: Int32Array, size: number): number[] {
  const counts = new Array<number>(size).fill(0);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}
