import type { TimeBucketName } from './messages';
import type { SlicePredicate } from './slices';

/** One searched feature, bin by bin (columns aligned with `bins`): the slice against the rest. */
export interface SliceProfileFeature {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Bin labels in code order, as in `SlicesResult.features[].bins`. */
  bins: string[];
  sliceRows: number[];
  restRows: number[];
  /** Mean error of the bin's rows in the slice (null when it has none). */
  sliceError: (number | null)[];
  restError: (number | null)[];
}

/** Rows and mean error per time bucket with its 95% interval; null where a side has no row. */
export interface SliceProfileSide {
  rows: number[];
  error: (number | null)[];
  low: (number | null)[];
  high: (number | null)[];
}

export interface SliceProfileSeries {
  column: string;
  bucket: TimeBucketName;
  /** Bucket starts (epoch ms, UTC), ascending; buckets without a row are left out. */
  starts: number[];
  slice: SliceProfileSide;
  rest: SliceProfileSide;
  /** Rows with an error but no time (in no bucket). */
  rowsWithoutTime: number;
}

/**
 * A slice's distributions and time series against the rest of the rows: counts and mean
 * errors only, on the feature encoding the slice search used (statistics, never rows).
 */
export interface SliceProfile {
  kind: 'sliceProfile';
  version: 1;
  /** Empty: the slice is every row. */
  predicates: SlicePredicate[];
  /** Rows with an error. */
  rows: number;
  sliceRows: number;
  sliceError: number | null;
  restError: number | null;
  errorKind: 'binary' | 'continuous';
  features: SliceProfileFeature[];
  time?: SliceProfileSeries;
}
