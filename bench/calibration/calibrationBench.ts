import type { ColumnPair } from '../../core/detect/drift';
import { seededRandom } from '../../core/stats/seededRandom';
import { printTable } from '../printTable';
import { baseShares, categoryCounts, normalSample, shiftShares } from './samples';
import { evidentlyCategoricalDrift, evidentlyNumericDrift } from './evidentlyRule';
import { sightlineDrift } from './sightlineRule';

const SIZES = [50, 200, 1000, 10_000, 100_000];
const MEAN_SHIFTS = [0, 0.05, 0.1, 0.2];
/** Total variation distance moved out of the largest category. */
const SHARE_SHIFTS = [0, 0.02, 0.05, 0.1];
const CATEGORIES = [2, 5, 50];

/** Replicates per cell: enough for a binomial standard error near 1% at 5% where it is cheap. */
export function repsFor(n: number): number {
  return n <= 1000 ? 400 : n <= 10_000 ? 200 : 100;
}

interface Rates {
  sightline: number;
  test: number;
  evidently: number;
}

interface Flags {
  sightline: { drifted: boolean; significant: boolean };
  evidently: boolean;
}

/**
 * Flag rates with no change (the false-alarm rate, target 3-7% at level 0.05) and detection
 * rates under changes, for Sightline's default rule and Evidently's, on the same draws.
 * Reference and current have n rows each.
 */
export async function calibrationBench(): Promise<void> {
  const started = performance.now();
  console.log('Calibration: percent of replicates flagged, on the same draws, as "A | B | C":');
  console.log('  A = Sightline default decision (BH-adjusted p < 0.05 AND effect interval reaches the minimum: 0.1 SD / 0.05 TVD)');
  console.log('  B = Sightline default test alone (p < 0.05): its false-alarm rate is the one that must hold at every n');
  console.log('  C = Evidently 0.4.x default rule (as ../shared/oracle/oracle.py computes it, reimplemented in TS)');
  console.log(`Replicates per cell: ${SIZES.map((n) => `${repsFor(n)} at n=${n}`).join(', ')}.`);
  console.log(`Binomial standard error at a 5% rate: ${SIZES.map((n) => `${(100 * se(0.05, repsFor(n))).toFixed(1)} pts`).join(', ')} (in that order).\n`);
  const header = ['change', ...SIZES.map((n) => `n=${n}`)];
  console.log('Numeric column, N(0,1) vs N(shift,1):');
  printTable(header, MEAN_SHIFTS.map((shift, s) => [shift === 0 ? 'none (false alarms)' : `mean +${shift} SD`, ...SIZES.map((n, k) => cell(numericRates(n, shift, seedOf(0, s, k))))]));
  for (const [c, categories] of CATEGORIES.entries()) {
    const label = categories === 2 ? '2 categories (30/70)' : categories === 5 ? '5 equiprobable categories' : '50 skewed categories (Zipf 1.1)';
    console.log(`\n${label}, share change = total variation distance moved from the largest category:`);
    printTable(header, SHARE_SHIFTS.map((delta, s) => [delta === 0 ? 'none (false alarms)' : `TVD ${delta}`, ...SIZES.map((n, k) => cell(categoricalRates(n, categories, delta, seedOf(c + 1, s, k))))]));
  }
  console.log(`\nCells are "decision | test | Evidently" in percent. Calibration took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function numericRates(n: number, shift: number, seed: number): Rates {
  return simulate(repsFor(n), seed, (random) => {
    const reference = normalSample(n, 0, random);
    const current = normalSample(n, shift, random);
    const pair: ColumnPair = { kind: 'numeric', reference, current };
    return { sightline: sightlineDrift(pair), evidently: evidentlyNumericDrift(reference, current) };
  });
}

function categoricalRates(n: number, categories: number, delta: number, seed: number): Rates {
  const base = baseShares(categories);
  const changed = shiftShares(base, delta);
  const labels = base.map((_, i) => `c${i}`);
  return simulate(repsFor(n), seed, (random) => {
    const reference = categoryCounts(n, base, random);
    const current = categoryCounts(n, changed, random);
    const pair: ColumnPair = { kind: categories === 2 ? 'binary' : 'categorical', labels, reference, current };
    return { sightline: sightlineDrift(pair), evidently: evidentlyCategoricalDrift(reference, current) };
  });
}

function simulate(reps: number, seed: number, once: (random: () => number) => Flags): Rates {
  const random = seededRandom(seed);
  let sightline = 0;
  let test = 0;
  let evidently = 0;
  for (let r = 0; r < reps; r++) {
    const flagged = once(random);
    if (flagged.sightline.drifted) sightline++;
    if (flagged.sightline.significant) test++;
    if (flagged.evidently) evidently++;
  }
  return { sightline: sightline / reps, test: test / reps, evidently: evidently / reps };
}

function cell(rates: Rates): string {
  return [rates.sightline, rates.test, rates.evidently].map((r) => (100 * r).toFixed(1)).join(' | ');
}

function se(p: number, reps: number): number {
  return Math.sqrt((p * (1 - p)) / reps);
}

function seedOf(table: number, row: number, column: number): number {
  return 1_000_003 * (table + 1) + 1009 * row + column;
}
