import type { Design } from './designMatrix';

/**
 * Each column's share of the classifier's weight: the mean over folds of |coefficient| of its
 * standardized features, a product's weight split between its two columns, normalized to sum 1.
 * A guide to where to look, not a test: correlated columns can trade weight.
 */
export function featureImportance(design: Design, coefficients: Float64Array[], top: number): { column: string; importance: number }[] {
  const weight = new Map<string, number>();
  const add = (column: string, w: number) => weight.set(column, (weight.get(column) ?? 0) + w);
  design.features.forEach((feature, j) => {
    const w = coefficients.reduce((s, beta) => s + Math.abs(beta[j + 1]), 0) / coefficients.length;
    if (feature.sources) {
      add(feature.sources[0], w / 2);
      add(feature.sources[1], w / 2);
    } else add(feature.source, w);
  });
  const total = [...weight.values()].reduce((s, w) => s + w, 0);
  return [...weight.entries()]
    .map(([column, w]) => ({ column, importance: total > 0 ? w / total : 0 }))
    .sort((a, b) => b.importance - a.importance)
    .slice(0, top);
}
