import type { DriftMethod } from '../../protocol';
import type { ColumnPair } from './types';
import type { MethodOutcome } from './methodOutcome';
import {
  andersonKSample, chiSquaredContingency, cramerVonMises, energyDistance, fisherExact, hellinger, jensenShannon,
  klDivergence, ksTwoSample, lInfinity, psi, twoProportionZ, wasserstein,
} from '../../stats';
import { populationStd, STD_FLOOR } from '../../stats/wasserstein';
import { DISTANCE_THRESHOLDS } from './distanceThresholds';
import { binSorted } from './binSorted';

/** Below this expected count in a 2x2 cell the chi-squared approximation is replaced by Fisher's exact test. */
const MIN_EXPECTED_FOR_CHI2 = 5;

const NUMERIC_METHODS: readonly DriftMethod[] = ['ks', 'anderson', 'cvm', 'chi2', 'wasserstein', 'energy', 'js', 'psi', 'kl', 'hellinger', 'linf'];
const CATEGORICAL_METHODS: readonly DriftMethod[] = ['chi2', 'js', 'psi', 'kl', 'hellinger', 'linf'];
const BINARY_METHODS: readonly DriftMethod[] = [...CATEGORICAL_METHODS, 'fisher', 'ztest'];

/** Runs the requested method, or the default when none is asked or it does not apply to the column. */
export function runMethod(pair: ColumnPair, method: DriftMethod | undefined): MethodOutcome {
  const allowed = pair.kind === 'numeric' ? NUMERIC_METHODS : pair.kind === 'binary' ? BINARY_METHODS : CATEGORICAL_METHODS;
  if (!method) return runDefault(pair);
  if (!allowed.includes(method)) {
    const outcome = runDefault(pair);
    return { ...outcome, note: join(`--method ${method} does not apply to a ${pair.kind} column: used the default ${outcome.method}`, outcome.note) };
  }
  return pair.kind === 'numeric' ? runNumeric(pair.reference, pair.current, method) : runCounts(pair.reference, pair.current, method);
}

function runDefault(pair: ColumnPair): MethodOutcome {
  if (pair.kind === 'numeric') return runNumeric(pair.reference, pair.current, 'ks');
  if (pair.kind === 'binary' && minExpected(pair.reference, pair.current) < MIN_EXPECTED_FOR_CHI2) {
    return runCounts(pair.reference, pair.current, 'fisher');
  }
  return runCounts(pair.reference, pair.current, 'chi2');
}

function runNumeric(reference: Float64Array, current: Float64Array, method: DriftMethod): MethodOutcome {
  switch (method) {
    case 'ks':
      return fromTest(ksTwoSample(reference, current));
    case 'anderson':
      return fromTest(andersonKSample(reference, current));
    case 'cvm':
      return fromTest(cramerVonMises(reference, current));
    case 'wasserstein': {
      const w = wasserstein(reference, current);
      return fromDistance('wasserstein_distance / reference SD', w.normalized, method, w.note);
    }
    case 'energy': {
      const std = Math.max(populationStd(reference), STD_FLOOR);
      return fromDistance('energy_distance / reference SD', energyDistance(reference, current).statistic / std, method);
    }
    default: {
      const bins = binSorted(reference, current);
      return runCounts(bins.reference, bins.current, method);
    }
  }
}

function runCounts(reference: number[], current: number[], method: DriftMethod): MethodOutcome {
  switch (method) {
    case 'chi2':
      return fromTest(chiSquaredContingency(reference, current, { yates: false }));
    case 'fisher': {
      const [a, b] = twoCells(reference);
      const [c, d] = twoCells(current);
      return fromTest(fisherExact(a, b, c, d));
    }
    case 'ztest': {
      const [a, b] = twoCells(reference);
      const [c, d] = twoCells(current);
      return fromTest(twoProportionZ(a, a + b, c, c + d));
    }
    case 'js':
      return fromDistance('jensenshannon', jensenShannon(reference, current).statistic, method);
    case 'psi':
      return fromDistance('psi', psi(reference, current).statistic, method, 'empty bins filled as Evidently does');
    case 'kl':
      return fromDistance('kl_div', klDivergence(reference, current).statistic, method, 'empty bins filled as Evidently does');
    case 'hellinger':
      return fromDistance('hellinger', hellinger(reference, current).statistic, method);
    case 'linf':
      return fromDistance('l_infinity', lInfinity(reference, current).statistic, method);
    default:
      throw new RangeError(`${method} does not work on counts`);
  }
}

function fromTest(result: { method: string; statistic: number; pValue: number; note?: string }): MethodOutcome {
  const outcome: MethodOutcome = { method: result.method, statistic: result.statistic, pValue: result.pValue };
  if (result.note) outcome.note = result.note;
  return outcome;
}

function fromDistance(name: string, statistic: number, method: DriftMethod, note?: string): MethodOutcome {
  const outcome: MethodOutcome = { method: name, statistic, pValue: null, threshold: DISTANCE_THRESHOLDS[method] };
  if (note) outcome.note = note;
  return outcome;
}

/** A binary column's counts as [first label, second label]; a single label seen gets an empty second. */
function twoCells(counts: number[]): [number, number] {
  return [counts[0] ?? 0, counts[1] ?? 0];
}

function minExpected(reference: number[], current: number[]): number {
  const nRef = reference.reduce((s, v) => s + v, 0);
  const nCur = current.reduce((s, v) => s + v, 0);
  const total = nRef + nCur;
  let min = Infinity;
  for (let i = 0; i < reference.length; i++) {
    const column = reference[i] + current[i];
    min = Math.min(min, (nRef * column) / total, (nCur * column) / total);
  }
  return min;
}

function join(a: string, b: string | undefined): string {
  return b ? `${a}; ${b}` : a;
}
