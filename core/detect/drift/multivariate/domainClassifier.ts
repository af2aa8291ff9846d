import type { MultivariateDrift } from '../../../protocol';
import type { RowSample } from '../../../engine/engine';
import type { EngineSide } from '../columnPairs';
import type { Feature } from './baseFeatures';
import type { MultivariateOptions } from './settings';
import { baseFeatures } from './baseFeatures';
import { interactions } from './interactions';
import { designMatrix } from './designMatrix';
import { assignFolds } from './folds';
import { foldCoefficients, prepareCrossFit, scoreRows } from './crossFit';
import { auc, aucInterval } from './auc';
import { permutationPValue } from './permutationNull';
import { featureImportance } from './featureImportance';
import { decideMultivariate } from './decideMultivariate';
import { resolveOptions } from './settings';

const TOP_FEATURES = 5;

/**
 * The domain-classifier test: reference rows labelled 0, current rows 1, a cross-fitted
 * classifier on the columns and their pairwise products, its out-of-fold AUC, and the AUC's
 * permutation null. Both sides are subsampled (uniformly, seeded) to at most `maxRows`.
 */
export async function domainClassifier(
  reference: EngineSide,
  current: EngineSide,
  columns: string[],
  level: number,
  options: MultivariateOptions = {},
  signal?: AbortSignal,
): Promise<MultivariateDrift> {
  const settings = resolveOptions(options);
  const ref = await reference.engine.sampleRows(reference.stage, { columns, size: settings.maxRows, seed: settings.seed });
  const cur = await current.engine.sampleRows(current.stage, { columns, size: settings.maxRows, seed: settings.seed + 1 });
  const base = orderedBase(columns.flatMap((_, k) => baseFeatures(ref.columns[k], cur.columns[k])));
  const products = interactions(base);
  const design = designMatrix([...base, ...products], ref.rows + cur.rows);
  const y = Uint8Array.from({ length: design.rows }, (_, i) => (i < ref.rows ? 0 : 1));
  const result = {
    method: 'domain-classifier' as const,
    permutations: settings.permutations,
    rowsUsed: { reference: ref.rows, current: cur.rows },
    maxRows: settings.maxRows,
    minAuc: settings.minAuc,
    note: describe(base.length, products.length, settings.folds, ref, cur, settings.maxRows),
  };
  const untestable = whyUntestable(ref.rows, cur.rows, design.width, settings.folds);
  if (untestable) return { ...result, auc: 0.5, aucInterval: [0, 1], pValue: 1, drifted: false, reason: untestable, topFeatures: [] };
  signal?.throwIfAborted();
  const fit = prepareCrossFit(design, assignFolds(design.rows, settings.folds, settings.seed + 2), settings.folds);
  const coefficients = foldCoefficients(fit, y);
  const scores = scoreRows(fit, coefficients);
  const observed = auc(scores, y);
  const interval = aucInterval(scores, y);
  const pValue = permutationPValue(fit, y, observed, settings.permutations, settings.seed + 3, signal);
  const decision = decideMultivariate(observed, interval, pValue, level, settings.minAuc);
  return { ...result, auc: observed, aucInterval: interval, pValue, ...decision, topFeatures: featureImportance(design, coefficients, TOP_FEATURES) };
}

/** Numbers first, so they are the ones that enter products when there are more bases than MAX_INTERACTING. */
function orderedBase(features: Feature[]): Feature[] {
  return [...features.filter((f) => f.numeric), ...features.filter((f) => !f.numeric)];
}

function whyUntestable(reference: number, current: number, width: number, folds: number): string | undefined {
  if (width <= 1) return 'no column varies in the rows sampled: nothing for a classifier to use';
  if (Math.min(reference, current) < 2 * folds) return `too few rows for ${folds}-fold cross-fitting (reference ${reference}, current ${current}; at least ${2 * folds} each)`;
  return undefined;
}

function describe(base: number, products: number, folds: number, ref: RowSample, cur: RowSample, maxRows: number): string {
  const sampled = ref.rows < ref.population || cur.rows < cur.population
    ? `subsampled to at most ${maxRows} rows per side (reference ${ref.rows} of ${ref.population}, current ${cur.rows} of ${cur.population})`
    : `all rows (at most ${maxRows} per side are used)`;
  return `ridge least-squares discriminant on ${base} standardized features and ${products} pairwise products, ${folds}-fold cross-fitted; ${sampled}`;
}
