export { LineageIndex } from './lineageIndex';
export { openLineage } from './openLineage';
export { RunIndex } from './runIndex';
export { buildKeyIndex, keyText } from './keyIndex';
export { diffRows } from './diffRows';
export type { ComponentRun } from '../../io/runsLog';
