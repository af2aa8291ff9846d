import type { LogTable } from '../../io/logTable';
import type { SlicePredicate, SliceProfile, SliceProfileFeature, SliceProfileSeries, SliceProfileSide, TimeBucketName } from '../../protocol';
import type { EncodedFeature } from './encodedFeature';
import type { ErrorSpec, RowErrors } from './rowErrors';
import type { SliceOptions } from './sliceOptions';
import { SightlineInputError } from '../../io/errors';
import { bucketStart, chooseBucket } from '../../engine/engine';
import { rowErrors, requireColumn } from './rowErrors';
import { encodeFeatures } from './encodeFeatures';
import { errorInterval } from './sliceSignificance';
import { DEFAULT_SLICE_OPTIONS } from './sliceOptions';

/** The event-time column to bucket rows by; the bucket is chosen from the time span when absent. */
export interface SliceProfileTime {
  column: string;
  bucket?: TimeBucketName;
}

/** Running sums of one group of rows. */
interface Sums {
  rows: Float64Array;
  errors: Float64Array;
  squares: Float64Array;
}

/**
 * A slice (its predicates on the bins `findSlices` searched) against the rest of the rows:
 * rows and mean error per feature and bin, and per time bucket with a 95% interval. The table,
 * error and options are those of the search, so features are encoded the same way. One pass
 * over the rows; the result holds counts and means only.
 */
export function sliceProfile(table: LogTable, errorSpec: ErrorSpec, options: SliceOptions, predicates: SlicePredicate[], time?: SliceProfileTime): SliceProfile {
  const errors = rowErrors(table, errorSpec);
  const { features } = encodeFeatures(table, errors.rows, {
    features: options.features,
    reserved: errors.usedColumns,
    bins: options.bins ?? DEFAULT_SLICE_OPTIONS.bins,
    maxCategories: options.maxCategories ?? DEFAULT_SLICE_OPTIONS.maxCategories,
  });
  const conditions = predicates.map((p) => predicateCode(features, p));
  const times = time ? timeValues(table, time.column, errors.rows) : undefined;
  const bucket = time && times ? (time.bucket ?? chooseBucket(span(times))) : undefined;
  const inSlice = (i: number) => conditions.every(([f, code]) => features[f].codes[i] === code);
  const perFeature = features.map((f) => sums(2 * f.bins.length));
  const perBucket = new Map<number, Sums>();
  let sliceRows = 0;
  let sliceSum = 0;
  let total = 0;
  let rowsWithoutTime = 0;
  // The one pass: every statistic of the profile is summed here, row by row.
  for (let i = 0; i < errors.rows.length; i++) {
    const side = inSlice(i) ? 0 : 1;
    const e = errors.values[i];
    total += e;
    if (side === 0) {
      sliceRows++;
      sliceSum += e;
    }
    for (let f = 0; f < features.length; f++) add(perFeature[f], 2 * features[f].codes[i] + side, e);
    if (!times || bucket === undefined) continue;
    if (Number.isNaN(times[i])) {
      rowsWithoutTime++;
      continue;
    }
    const start = bucketStart(times[i], bucket);
    let group = perBucket.get(start);
    if (!group) perBucket.set(start, (group = sums(2)));
    add(group, side, e);
  }
  const n = errors.rows.length;
  return {
    kind: 'sliceProfile',
    version: 1,
    predicates,
    rows: n,
    sliceRows,
    sliceError: sliceRows ? sliceSum / sliceRows : null,
    restError: n - sliceRows ? (total - sliceSum) / (n - sliceRows) : null,
    errorKind: errors.kind,
    features: features.map((f, i) => featureProfile(f, perFeature[i])),
    ...(time && bucket ? { time: series(time.column, bucket, perBucket, rowsWithoutTime, errors) } : {}),
  };
}

/** The feature index and bin code a predicate names, or an error listing what exists. */
function predicateCode(features: EncodedFeature[], predicate: SlicePredicate): [number, number] {
  const f = features.findIndex((x) => x.name === predicate.feature);
  if (f < 0) {
    throw new SightlineInputError('slices.unknown-predicate-feature', `the slice names feature "${predicate.feature}", which the slice search did not use`, {
      column: predicate.feature,
      hint: `Searched features: ${features.map((x) => x.name).join(', ') || 'none'}.`,
    });
  }
  const code = features[f].bins.indexOf(predicate.value);
  if (code < 0) {
    throw new SightlineInputError('slices.unknown-predicate-value', `feature "${predicate.feature}" has no bin "${predicate.value}"`, {
      column: predicate.feature,
      hint: `Its bins: ${features[f].bins.map((b) => `"${b}"`).join(', ')}.`,
    });
  }
  return [f, code];
}

function timeValues(table: LogTable, name: string, rows: Int32Array): Float64Array {
  const column = requireColumn(table, name, 'time');
  if (column.type !== 'time' && column.type !== 'number') {
    throw new SightlineInputError('slices.time-not-time', `the time column "${name}" holds ${column.type} values, not times`, { column: name, hint: 'Pass a column of timestamps (epoch ms or ISO dates).' });
  }
  return Float64Array.from(rows, (r) => column.values[r]);
}

function span(times: Float64Array): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of times) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return hi >= lo ? hi - lo : 0;
}

function sums(length: number): Sums {
  return { rows: new Float64Array(length), errors: new Float64Array(length), squares: new Float64Array(length) };
}

function add(s: Sums, at: number, e: number): void {
  s.rows[at]++;
  s.errors[at] += e;
  s.squares[at] += e * e;
}

function mean(s: Sums, at: number): number | null {
  return s.rows[at] ? s.errors[at] / s.rows[at] : null;
}

function featureProfile(f: EncodedFeature, s: Sums): SliceProfileFeature {
  const at = (side: number) => f.bins.map((_, b) => 2 * b + side);
  return {
    name: f.name,
    kind: f.kind,
    bins: f.bins,
    sliceRows: at(0).map((i) => s.rows[i]),
    restRows: at(1).map((i) => s.rows[i]),
    sliceError: at(0).map((i) => mean(s, i)),
    restError: at(1).map((i) => mean(s, i)),
  };
}

function series(column: string, bucket: TimeBucketName, perBucket: Map<number, Sums>, rowsWithoutTime: number, errors: RowErrors): SliceProfileSeries {
  const starts = [...perBucket.keys()].sort((a, b) => a - b);
  const groups = starts.map((s) => perBucket.get(s) as Sums);
  const side = (at: number): SliceProfileSide => {
    const intervals = groups.map((g) => (g.rows[at] ? errorInterval({ size: g.rows[at], errorSum: g.errors[at], errorSquares: g.squares[at] }, errors.kind === 'binary') : null));
    return { rows: groups.map((g) => g.rows[at]), error: groups.map((g) => mean(g, at)), low: intervals.map((v) => v?.[0] ?? null), high: intervals.map((v) => v?.[1] ?? null) };
  };
  return { column, bucket, starts, slice: side(0), rest: side(1), rowsWithoutTime };
}
