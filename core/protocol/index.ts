export type * from './diagnostics';
export type * from './columns';
export type * from './results';
export type * from './messages';
export type * from './monitor';
export type * from './drift';
export type * from './performance';
export { RESULT_VERSION, resultMimeType } from './results';
export { inspectOf } from './inspectOf';
