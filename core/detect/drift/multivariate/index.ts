export { domainClassifier } from './domainClassifier';
export { auc, aucInterval } from './auc';
export type { MultivariateOptions } from './settings';
export { DEFAULT_MAX_ROWS, DEFAULT_MIN_AUC, DEFAULT_PERMUTATIONS } from './settings';
