export type * from './types';
export type { MonitorOptions } from './monitorPipeline';
export { monitorPipeline } from './monitorPipeline';
export { looRule, scoreDeviation } from './robustRule';
export { mergeEpisodes } from './episodes';
export { openAndMonitor } from './openAndMonitor';
