import type { LogTable } from '../../io/logTable';
import type { DiffSlice, SliceDiffResult } from '../../protocol';
import type { EncodedFeature } from './encodedFeature';
import { concatTables } from '../../io/concatTables';
import { encodeFeatures } from './encodeFeatures';
import { groupRowsByCode } from './groupRowsByCode';
import { DEFAULT_SLICE_OPTIONS } from './sliceOptions';

export interface DiffOptions {
  features?: string[];
  /** A slice is kept when it has at least this many rows on either side; default max(32, 1% of the larger side). */
  minSupport?: number;
  maxLevel?: number;
  k?: number;
  bins?: number;
  /** Where each side came from, for the result's title and source. */
  referenceSource?: string;
  currentSource?: string;
}

interface Counted {
  features: number[];
  values: number[];
  rows: Int32Array;
  reference: number;
  current: number;
}

/**
 * Slices of change in the spirit of MacroBase's DIFF: the slices whose share of rows grew or
 * shrank most from the reference to the current data, by risk ratio (current share / reference
 * share, +0.5 on both counts so an absent side stays finite). Both sides are binned together.
 * Support is anti-monotone (a refinement has at most its parent's rows on each side), so only
 * slices with enough rows on one side are refined.
 */
export function diffSlices(reference: LogTable, current: LogTable, options: DiffOptions = {}): SliceDiffResult {
  const all = concatTables([reference, current]);
  const rows = Int32Array.from({ length: all.rowCount }, (_, i) => i);
  const { features } = encodeFeatures(all, rows, { features: options.features, reserved: [], bins: options.bins ?? DEFAULT_SLICE_OPTIONS.bins, maxCategories: DEFAULT_SLICE_OPTIONS.maxCategories });
  const minSupport = options.minSupport ?? Math.max(32, Math.ceil(Math.max(reference.rowCount, current.rowCount) / 100));
  const maxLevel = options.maxLevel ?? 2;
  const k = options.k ?? 10;
  const isCurrent = (row: number) => row >= reference.rowCount;
  const found: Counted[] = [];
  let level = levelOne(features, isCurrent, minSupport);
  for (let l = 1; level.length > 0; l++) {
    found.push(...level);
    if (l >= maxLevel) break;
    level = level.flatMap((parent) => refine(parent, features, isCurrent, minSupport));
  }
  const described = found.map((s) => describe(s, features, reference.rowCount, current.rowCount));
  const byRatio = (sign: number) => described.filter((d) => sign * Math.log(d.riskRatio) > 0).sort((a, b) => sign * (b.riskRatio - a.riskRatio) || b.currentCount + b.referenceCount - a.currentCount - a.referenceCount).slice(0, k);
  const currentSource = options.currentSource ?? 'current';
  const pipeline = `${currentSource} vs ${options.referenceSource ?? 'reference'}`;
  return { kind: 'slice-diff', version: 1, pipeline, source: currentSource, referenceRows: reference.rowCount, currentRows: current.rowCount, minSupport, maxLevel, grown: byRatio(1), shrunk: byRatio(-1) };
}

function levelOne(features: EncodedFeature[], isCurrent: (row: number) => boolean, minSupport: number): Counted[] {
  const out: Counted[] = [];
  features.forEach((feature, f) => {
    const groups = groupRowsByCode(feature.codes, feature.bins.length);
    for (let v = 0; v < feature.bins.length; v++) {
      const counted = count([f], [v], groups.rows.subarray(groups.offsets[v], groups.offsets[v + 1]), isCurrent);
      if (Math.max(counted.reference, counted.current) >= minSupport) out.push(counted);
    }
  });
  return out;
}

function refine(parent: Counted, features: EncodedFeature[], isCurrent: (row: number) => boolean, minSupport: number): Counted[] {
  const out: Counted[] = [];
  for (let g = parent.features[parent.features.length - 1] + 1; g < features.length; g++) {
    const codes = features[g].codes;
    const buckets: number[][] = features[g].bins.map(() => []);
    for (const r of parent.rows) buckets[codes[r]].push(r);
    buckets.forEach((rows, v) => {
      const counted = count([...parent.features, g], [...parent.values, v], Int32Array.from(rows), isCurrent);
      if (Math.max(counted.reference, counted.current) >= minSupport) out.push(counted);
    });
  }
  return out;
}

function count(features: number[], values: number[], rows: Int32Array, isCurrent: (row: number) => boolean): Counted {
  let current = 0;
  for (const r of rows) if (isCurrent(r)) current++;
  return { features, values, rows, reference: rows.length - current, current };
}

function describe(s: Counted, features: EncodedFeature[], referenceRows: number, currentRows: number): DiffSlice {
  return {
    predicates: s.features.map((f, i) => ({ feature: features[f].name, value: features[f].bins[s.values[i]] })),
    referenceCount: s.reference,
    currentCount: s.current,
    referenceShare: s.reference / referenceRows,
    currentShare: s.current / currentRows,
    riskRatio: ((s.current + 0.5) / (currentRows + 0.5)) / ((s.reference + 0.5) / (referenceRows + 0.5)),
  };
}
