import type { LogTable } from '../../io/logTable';
import type { SliceFeature, SliceFinding, SlicesResult } from '../../protocol';
import type { SearchSteps } from './childCounts';
import type { ErrorSpec } from './rowErrors';
import type { SliceStats } from './sliceStats';
import type { EvaluatedSlices, SliceSums } from './evaluatedSlices';
import type { Totals } from './sliceSignificance';
import type { SliceOptions } from './sliceOptions';
import { SightlineInputError } from '../../io/errors';
import { benjaminiHochberg } from '../../detect/drift/benjaminiHochberg';
import { rowErrors } from './rowErrors';
import { encodeFeatures } from './encodeFeatures';
import { searchSteps } from './searchSlices';
import { driveSearch } from './driveSearch';
import { SearchIndex } from './searchIndex';
import { compareSlices, TIE_BREAK } from './sliceStats';
import { complementPValue, errorInterval } from './sliceSignificance';
import { foldRefinements, isRefinement } from './foldRefinements';
import { parentPValue } from './parentTest';
import { sliceScore } from './sliceScore';
import { DEFAULT_SLICE_OPTIONS, defaultMinSupport } from './sliceOptions';
import { validateSliceOptions } from './validateSliceOptions';

/** The data a slice search runs on, by its statistics: in memory (`findSlices`) or in a database. */
export interface SliceData {
  /** Rows that have an error. */
  rows: number;
  rowsWithoutError: number;
  totals: Totals;
  errorKind: 'binary' | 'continuous';
  errorDescription: string;
  errorSpec: ErrorSpec;
  features: SliceFeature[];
  excluded: Array<{ column: string; reason: string }>;
}

/**
 * The top-K slices (SliceLine scoring, exact) where the per-row error is worst, each with its
 * interval, a test against the rest, Benjamini-Hochberg over every slice evaluated, folding of
 * refinements that do not change the error, and the small significant slices the size penalty hides.
 */
export function findSlices(table: LogTable, errorSpec: ErrorSpec, options: SliceOptions = {}): SlicesResult {
  const o = sliceOptions(options);
  const errors = rowErrors(table, errorSpec);
  const n = errors.rows.length;
  if (n === 0) throw noErrors(errors.description);
  const { features, excluded } = encodeFeatures(table, errors.rows, { features: options.features, reserved: errors.usedColumns, bins: o.bins, maxCategories: o.maxCategories });
  const input = { codes: features.map((f) => f.codes), cardinalities: features.map((f) => f.bins.length), errors: errors.values };
  const data: SliceData = {
    rows: n,
    rowsWithoutError: table.rowCount - n,
    totals: totalsOf(errors.values, errors.kind === 'binary'),
    errorKind: errors.kind,
    errorDescription: errors.description,
    errorSpec,
    features: features.map(({ name, kind, bins, binning }) => ({ name, kind, bins, binning })),
    excluded,
  };
  const index = new SearchIndex(input);
  return driveSearch(findSlicesSteps(data, options), () => index.childCounts());
}

export function noErrors(description: string): SightlineInputError {
  return new SightlineInputError('slices.no-errors', `no row has an error (${description})`, { hint: 'Check that the error, label and prediction columns have values.' });
}

/** The options with their defaults, checked. */
export function sliceOptions(options: SliceOptions) {
  const o = { ...DEFAULT_SLICE_OPTIONS, ...stripUndefined(options) };
  validateSliceOptions(o);
  return o;
}

/** `findSlices` on any data: it yields before each search level for the children to be counted. */
export function* findSlicesSteps(data: SliceData, options: SliceOptions): SearchSteps<SlicesResult> {
  const o = sliceOptions(options);
  const { features, excluded, totals } = data;
  const n = data.rows;
  const errors = { kind: data.errorKind, description: data.errorDescription };
  const errorSpec = data.errorSpec;
  if (features.length === 0) throw new SightlineInputError('slices.no-features', 'no column is left to slice by', { hint: 'Pass --features a,b with the columns to search.' });
  const minSupport = o.minSupport ?? defaultMinSupport(n);
  const searchData = { cardinalities: features.map((f) => f.bins.length), rows: n, errorSum: totals.errorSum };
  const main = yield* searchSteps(searchData, { alpha: o.alpha, minSupport, k: o.k, maxLevel: o.maxLevel, signal: o.signal });
  const notes: string[] = [];
  const smallSupport = o.smallFloor < minSupport && n <= o.smallSearchMaxRows ? o.smallFloor : null;
  let family = main.evaluated;
  if (smallSupport !== null) {
    // With alpha' = 1 - floor / n, a slice at the floor with twice the overall error scores about 0:
    // the size penalty no longer hides small slices, so they are enumerated down to the floor.
    const small = yield* searchSteps(searchData, { alpha: 1 - o.smallFloor / n, minSupport: smallSupport, k: o.k, maxLevel: o.maxLevel, signal: o.signal });
    family = main.evaluated.union(small.evaluated);
    notes.push(`small slices were searched again with support floor ${smallSupport} (below --min-support ${minSupport}); the Benjamini-Hochberg family is every slice evaluated by either search`);
  } else if (o.smallFloor < minSupport) {
    notes.push(`small slices were looked for only among slices of at least ${minSupport} rows: the extra search down to ${o.smallFloor} rows runs up to ${o.smallSearchMaxRows} rows`);
  }
  notes.push(`a small slice is listed only when it is also worse than each slice it refines (the largest p-value against a parent's other rows, times the ${family.length} slices evaluated, below 0.05)`);
  const sums: SliceSums = { size: 0, errorSum: 0, errorSquares: 0 };
  const pValues = Array.from({ length: family.length }, (_, i) => complementPValue(family.sumsOf(i, sums), totals));
  const adjusted = benjaminiHochberg(pValues);
  const testAt = (i: number) => (i >= 0 ? { p: pValues[i], q: adjusted[i] } : { p: 1, q: 1 });
  const context = { alpha: o.alpha, rows: n, overallError: main.overallError, minSupport };
  // Scores always use the main search's alpha, also for slices the small search found.
  const score = (size: number, errorSum: number) => sliceScore(context, size, errorSum);
  const describe = (s: SliceStats, i: number) => finding({ ...s, score: score(s.size, s.errorSum) }, features, totals, testAt(i));
  // The family starts with main.evaluated in its order, so a top slice's index there is its index in the family.
  const topIndices = main.top.map((s) => main.evaluated.indexOf(main.evaluated.sliceKeys.of(s.features, s.values), s.features.length));
  const slices = withFolding(main.top, topIndices, describe, o.foldTolerance);
  const inTop = new Set(topIndices);
  const candidates: Candidate[] = [];
  for (let i = 0; i < family.length; i++) {
    if (!inTop.has(i) && isSignificantlyWorse(family.sumsOf(i, sums), totals, adjusted[i], o.smallFloor, o.smallMinRatio)) candidates.push({ index: i, stats: family.stats(i, score) });
  }
  const rate = (c: Candidate) => c.stats.errorSum / c.stats.size;
  candidates.sort((a, b) => rate(b) - rate(a) || compareSlices(a.stats, b.stats));
  const small = notRedundant(worseThanParents(candidates, family, totals.binary), main.top, totals.binary, o.k);
  return {
    kind: 'slices',
    version: 1,
    pipeline: o.title ?? titleOf(o.source),
    source: o.source ?? 'table',
    rows: n,
    rowsWithoutError: data.rowsWithoutError,
    overallError: main.overallError,
    options: {
      alpha: o.alpha,
      minSupport,
      k: o.k,
      maxLevel: o.maxLevel,
      bins: o.bins,
      maxCategories: o.maxCategories,
      foldTolerance: o.foldTolerance,
      smallFloor: o.smallFloor,
      smallSearchSupport: smallSupport,
      errorKind: errors.kind,
      errorSource: errors.description,
      errorSpec: 'error' in errorSpec ? { error: errorSpec.error } : { label: errorSpec.label, prediction: errorSpec.prediction },
      tieBreak: TIE_BREAK,
    },
    features,
    excluded,
    slices,
    significantSmall: withFolding(small.map((c) => c.stats), small.map((c) => c.index), describe, o.foldTolerance).map((f, i) => ({ ...f, parentPValue: small[i].parentP })),
    evaluated: family.length,
    notes,
  };
}

/** A slice that may be reported as small and significant, with its place in the BH family. */
interface Candidate {
  index: number;
  stats: SliceStats;
  /** See parentPValue; set once the candidate is tested against its parents. */
  parentP?: number;
}

function withFolding(list: SliceStats[], indices: number[], describe: (s: SliceStats, i: number) => SliceFinding, tolerance: number): SliceFinding[] {
  const described = list.map((s, j) => describe(s, indices[j]));
  const folds = foldRefinements(list.map((s, i) => ({ features: s.features, values: s.values, error: described[i].error })), tolerance);
  return described.map((d, i) => (folds[i] === undefined ? d : { ...d, foldedInto: folds[i] }));
}

function finding(s: SliceStats, features: SliceFeature[], totals: Totals, test: { p: number; q: number }): SliceFinding {
  return {
    predicates: s.features.map((f, i) => ({ feature: features[f].name, value: features[f].bins[s.values[i]] })),
    size: s.size,
    error: s.errorSum / s.size,
    errorInterval: errorInterval(s, totals.binary),
    score: s.score,
    pValue: test.p,
    adjustedPValue: test.q,
    level: s.features.length,
  };
}

/**
 * Drops a small slice that refines a slice already reported (top-K or an earlier small one)
 * when its 95% interval holds that slice's error: it says nothing the reported slice does not.
 */
function notRedundant(candidates: Candidate[], reported: SliceStats[], binary: boolean, k: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (kept.length >= k) break;
    const [lo, hi] = errorInterval(c.stats, binary);
    const redundant = [...reported, ...kept.map((j) => j.stats)].some((r) => isRefinement(r, c.stats) && r.errorSum / r.size >= lo && r.errorSum / r.size <= hi);
    if (!redundant) kept.push(c);
  }
  return kept;
}

/**
 * Keeps the candidates significantly worse than each of their parents, Bonferroni over every
 * slice evaluated (conservative, and the family's size is known without testing every slice
 * against its parents).
 */
function worseThanParents(candidates: Candidate[], family: EvaluatedSlices, binary: boolean): Candidate[] {
  return candidates
    .map((c) => ({ ...c, parentP: parentPValue(c.stats, family, binary) }))
    .filter((c) => c.parentP * family.length < 0.05);
}

function isSignificantlyWorse(s: SliceSums, totals: Totals, q: number, floor: number, minRatio: number): boolean {
  if (s.size < floor || !(q < 0.05)) return false;
  const error = s.errorSum / s.size;
  const rest = (totals.errorSum - s.errorSum) / Math.max(1, totals.rows - s.size);
  return error > rest && error >= minRatio * (totals.errorSum / totals.rows);
}

function totalsOf(values: Float64Array, binary: boolean): Totals {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    squares += values[i] * values[i];
  }
  return { rows: values.length, errorSum: sum, errorSquares: squares, binary };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The file name without folders, or "table" for data built in memory. */
function titleOf(source: string | undefined): string {
  return source ? (source.split(/[\\/]/).pop() ?? source) : 'table';
}
