import type { DriftMethod } from '../../protocol';
import type { ColumnPair } from './types';
import type { EffectSize } from './effectSize';
import type { MethodOutcome } from './methodOutcome';
import { runMethod } from './runMethod';
import { numericEffect } from './numericEffect';
import { categoricalEffect } from './categoricalEffect';

export interface ColumnComparison {
  outcome: MethodOutcome;
  effect: EffectSize;
}

/** The test (or distance) and the effect size of one column, before the decision across columns. */
export function compareColumn(pair: ColumnPair, method?: DriftMethod): ColumnComparison {
  const outcome = runMethod(pair, method);
  const effect = pair.kind === 'numeric' ? numericEffect(pair.reference, pair.current) : categoricalEffect(pair.reference, pair.current);
  return { outcome, effect };
}
