export { pipelineWhatIf } from './pipelineWhatIf';
export type { PipelineWhatIfOptions } from './whatIfRequest';
export { whatIfRecords } from './whatIfRecords';
export type { WhatIfRecords } from './whatIfRecords';
export { parseWhere } from './parseWhere';
export { versionsInOrder, rollbackVersions } from './modelVersions';
