export type * from '../protocol/monitor';
