export { findSlices } from './findSlices';
export { diffSlices, type DiffOptions } from './diffSlices';
export { searchSlices, type SearchInput, type SearchOptions, type SearchOutput } from './searchSlices';
export { sliceScore, scoreUpperBound, type ScoreContext } from './sliceScore';
export { compareSlices, sliceKey, TIE_BREAK, type SliceStats } from './sliceStats';
export { encodeFeatures } from './encodeFeatures';
export { rowErrors, type ErrorSpec } from './rowErrors';
export { DEFAULT_SLICE_OPTIONS, defaultMinSupport, type SliceOptions } from './sliceOptions';
