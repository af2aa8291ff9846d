export type * from '../../protocol/performance';

export const PERFORMANCE_VERSION = 1;
