export { detectDrift, type DriftInput } from './detectDrift';
export { compareColumn, type ColumnComparison } from './compareColumn';
export { decide, type Decision } from './decide';
export { benjaminiHochberg } from './benjaminiHochberg';
export { numericEffect } from './numericEffect';
export { categoricalEffect, totalVariation } from './categoricalEffect';
export type { EffectSize } from './effectSize';
export type { ColumnPair, ColumnInput, DriftOptions } from './types';
export { DRIFT_METHODS, DEFAULT_LEVEL, DEFAULT_MIN_NUMERIC_EFFECT, DEFAULT_MIN_CATEGORICAL_EFFECT } from './types';
