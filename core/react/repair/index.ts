export { repairWhatIf } from './repairWhatIf';
export type { RepairOptions, RepairRequest, RepairRemediation } from './repairRequest';
export { matchPredicates } from './matchPredicates';
