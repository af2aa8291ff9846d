export type * from '../../protocol/trace';
export type { TraceOptions } from './openAndTrace';
export { openAndTrace } from './openAndTrace';
export { traceResult } from './traceResult';
export { meanShift, ONSET_LOG_LIKELIHOOD_MARGIN } from './changePoint';
export { recordLoss } from './recordLoss';
export { stageLosses } from './stageLosses';
export { readRunsLog } from '../../io/runsLog';
export { RunLineage } from './runLineage';
