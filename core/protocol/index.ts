export type * from './diagnostics';
export type * from './columns';
export type * from './results';
export type * from './messages';
export { RESULT_VERSION, resultMimeType } from './results';
