export { buildDemo, DEFAULT_SAMPLE_EVERY } from './buildDemo';
export type { DemoOptions, DemoSummary } from './buildDemo';
