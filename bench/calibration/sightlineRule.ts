import type { ColumnPair } from '../../core/detect/drift';
import { compareColumn, decide, DEFAULT_LEVEL, DEFAULT_MIN_CATEGORICAL_EFFECT, DEFAULT_MIN_NUMERIC_EFFECT } from '../../core/detect/drift';

/**
 * Sightline's default decision for one column, the code detectDrift runs per column, and whether
 * its test alone rejected. With one column tested the Benjamini-Hochberg adjustment leaves the
 * p-value as it is.
 */
export function sightlineDrift(pair: ColumnPair): { drifted: boolean; significant: boolean } {
  const { outcome, effect } = compareColumn(pair);
  const min = pair.kind === 'numeric' ? DEFAULT_MIN_NUMERIC_EFFECT : DEFAULT_MIN_CATEGORICAL_EFFECT;
  const drifted = decide(outcome, outcome.pValue, effect, DEFAULT_LEVEL, min).drifted;
  return { drifted, significant: outcome.pValue !== null && outcome.pValue < DEFAULT_LEVEL };
}
