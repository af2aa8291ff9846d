import { delongInterval, rocAuc } from '../../performance/rocAuc';

/** Out-of-fold AUC of the domain scores: the same Mann-Whitney AUC the performance metrics use (ties count one half). */
export function auc(scores: Float64Array, y: Uint8Array): number {
  return rocAuc(scores, y);
}

/**
 * DeLong's 95% interval of that AUC. It treats the out-of-fold scores as given, so it leaves out
 * the variation from refitting the folds; the permutation p-value does not.
 */
export function aucInterval(scores: Float64Array, y: Uint8Array): [number, number] {
  const interval = delongInterval(scores, y, 0.95);
  return interval ? [interval.low, interval.high] : [0, 1];
}
