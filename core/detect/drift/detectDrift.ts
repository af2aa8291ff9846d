import type { LogTable } from '../../io/logTable';
import type { DriftColumn, DriftResult } from '../../protocol';
import type { ColumnPair, DriftOptions } from './types';
import type { ColumnComparison } from './compareColumn';
import type { EngineSide } from './columnPairs';
import { RESULT_VERSION } from '../../protocol/results';
import { ArqueroEngine } from '../../engine/arqueroEngine';
import { columnPairs } from './columnPairs';
import { compareColumn } from './compareColumn';
import { benjaminiHochberg } from './benjaminiHochberg';
import { decide } from './decide';
import { domainClassifier } from './multivariate/domainClassifier';
import { DEFAULT_LEVEL, DEFAULT_MIN_CATEGORICAL_EFFECT, DEFAULT_MIN_NUMERIC_EFFECT } from './types';

/** One side of the comparison: a stage of an engine, or a table already in memory. */
export type DriftInput = (EngineSide | { table: LogTable }) & { source?: string };

/**
 * Compares every shared column of `current` with `reference`: the default test per column
 * type (KS, chi-squared on the contingency table, Fisher for sparse 2x2), Benjamini-Hochberg
 * across the columns, and an effect size with its interval (see decide.ts for the rule).
 */
export async function detectDrift(reference: DriftInput, current: DriftInput, options: DriftOptions = {}): Promise<DriftResult> {
  const level = options.level ?? DEFAULT_LEVEL;
  const minEffect = {
    numeric: options.minEffect?.numeric ?? DEFAULT_MIN_NUMERIC_EFFECT,
    categorical: options.minEffect?.categorical ?? DEFAULT_MIN_CATEGORICAL_EFFECT,
  };
  const ref = toEngineSide(reference);
  const cur = toEngineSide(current);
  const { inputs, skipped } = await columnPairs(ref, cur, options.columns);
  const compared: ColumnComparison[] = [];
  for (const input of inputs) {
    options.signal?.throwIfAborted();
    compared.push(compareColumn(input.pair, options.method));
  }
  const adjusted = adjustAll(compared);
  const columns: DriftColumn[] = inputs.map((input, i) => {
    const { outcome, effect } = compared[i];
    const min = input.pair.kind === 'numeric' ? minEffect.numeric : minEffect.categorical;
    const decision = decide(outcome, adjusted[i], effect, level, min);
    const column: DriftColumn = {
      column: input.column,
      type: input.type,
      kind: input.pair.kind,
      method: outcome.method,
      statistic: outcome.statistic,
      pValue: outcome.pValue,
      pAdjusted: adjusted[i],
      effectSize: effect.value,
      effectSizeName: effect.name,
      effectSizeInterval: effect.interval,
      drifted: decision.drifted,
      reason: decision.reason,
      counts: sampleSizes(input.pair),
    };
    if (outcome.threshold !== undefined) column.threshold = outcome.threshold;
    if (outcome.note) column.note = outcome.note;
    return column;
  });
  const refSource = reference.source ?? ref.stage;
  const curSource = current.source ?? cur.stage;
  const result: DriftResult = {
    kind: 'drift',
    version: RESULT_VERSION,
    pipeline: `${baseName(refSource)} vs ${baseName(curSource)}`,
    source: curSource,
    reference: { source: refSource, rows: await ref.engine.rowCount(ref.stage) },
    current: { source: curSource, rows: await cur.engine.rowCount(cur.stage) },
    level,
    correction: 'benjamini-hochberg',
    minEffect,
    columns,
    skipped,
  };
  if (options.method) result.method = options.method;
  if (options.multivariate) {
    const settings = options.multivariate === true ? {} : options.multivariate;
    result.multivariate = await domainClassifier(ref, cur, inputs.map((input) => input.column), level, settings, options.signal);
  }
  return result;
}

/** Last path segment, without node:path so the core stays usable in browsers. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function toEngineSide(input: DriftInput): EngineSide {
  if ('engine' in input) return { engine: input.engine, stage: input.stage };
  return { engine: new ArqueroEngine(new Map([['data', input.table]])), stage: 'data' };
}

/** BH over the columns that have a p-value; distances keep null. */
function adjustAll(compared: ColumnComparison[]): (number | null)[] {
  const withP = compared.map((c, i) => ({ i, p: c.outcome.pValue })).filter((x): x is { i: number; p: number } => x.p !== null);
  const adjusted = benjaminiHochberg(withP.map((x) => x.p));
  const out: (number | null)[] = compared.map(() => null);
  withP.forEach((x, k) => {
    out[x.i] = adjusted[k];
  });
  return out;
}

function sampleSizes(pair: ColumnPair): { reference: number; current: number } {
  if (pair.kind === 'numeric') return { reference: pair.reference.length, current: pair.current.length };
  return { reference: pair.reference.reduce((s, v) => s + v, 0), current: pair.current.reduce((s, v) => s + v, 0) };
}
