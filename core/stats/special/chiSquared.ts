import { gammaQ } from './incompleteGamma';

/** Survival function of the chi-squared distribution: Q(dof/2, x/2). */
export function chiSquaredSf(x: number, dof: number): number {
  if (!(dof > 0)) return NaN;
  return gammaQ(dof / 2, x / 2);
}
