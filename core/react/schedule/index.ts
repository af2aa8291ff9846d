export { scheduleWhatIf } from './scheduleWhatIf';
export type { ScheduleInput, ScheduleOptions } from './scheduleInput';
export { pipelineScheduleWhatIf, scheduleOnRecords } from './pipelineSchedule';
export type { PipelineScheduleOptions, ScheduleAsk } from './pipelineSchedule';
export { pipelineDriftFlags } from './driftFlags';
export type { DriftFlags } from './driftFlags';
