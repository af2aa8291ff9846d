import type { CostMatrix } from '../../protocol/whatif';
import type { ScheduleInput } from './scheduleInput';

/** 1 for a correct decision, 0 otherwise (NaN without a label or decision): accuracy per record. */
export function correctness(input: ScheduleInput): Float64Array {
  return Float64Array.from(input.decisions, (d, i) => {
    const y = input.labels[i];
    return (y === 0 || y === 1) && (d === 0 || d === 1) ? (d === y ? 1 : 0) : NaN;
  });
}

/** Each record's error cost under the matrix (NaN without a label or decision): expected cost per record. */
export function recordCosts(input: ScheduleInput, costs: CostMatrix): Float64Array {
  return Float64Array.from(input.decisions, (d, i) => {
    const y = input.labels[i];
    if ((y !== 0 && y !== 1) || (d !== 0 && d !== 1)) return NaN;
    if (d === 1) return y === 1 ? costs.truePositive ?? 0 : costs.falsePositive;
    return y === 1 ? costs.falseNegative : costs.trueNegative ?? 0;
  });
}
