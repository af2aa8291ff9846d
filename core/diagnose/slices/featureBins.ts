import type { ValueCount } from '../../engine/engine';
import type { BooleanBins, CategoryBins, ColumnSummary, NumericBins } from '../../engine/sliceRelation';

export type { ColumnSummary };

export const MISSING_LABEL = '(missing)';
export const OTHER_LABEL = '(other)';

/**
 * Quantile bins: edges at the i/bins quantiles of the non-missing values (type 7, from the order
 * statistics `valueAt(rank)` of the `present` values), duplicates merged, so a column with few
 * values gets fewer bins; missing values get their own bin, last.
 */
export function numericBins(present: number, valueAt: (rank: number) => number, bins: number, hasMissing: boolean): NumericBins {
  const edges = present === 0 ? [] : uniqueEdges(present, valueAt, bins);
  const binCount = Math.max(edges.length - 1, present > 0 ? 1 : 0);
  const labels = rangeLabels(edges, binCount);
  if (hasMissing) labels.push(MISSING_LABEL);
  const binning = `${binCount} quantile bin${binCount === 1 ? '' : 's'} (asked for ${bins}; equal quantiles merged)${hasMissing ? `, missing values as "${MISSING_LABEL}"` : ''}`;
  return { kind: 'numeric', labels, interior: edges.slice(1, -1), missing: hasMissing ? labels.length - 1 : null, binning };
}

/** The ranks (0-based, ascending order) whose values `numericBins` reads. */
export function quantileRanks(present: number, bins: number): number[] {
  const ranks = new Set<number>();
  for (let i = 0; i <= bins; i++) {
    const { lower, upper } = quantilePosition(present, i / bins);
    ranks.add(lower).add(upper);
  }
  return [...ranks].sort((a, b) => a - b);
}

/**
 * Keeps the `maxCategories` most frequent values (`counts` ordered by byCountThenValue: equal
 * counts by value, so every engine keeps the same ones); the rest become "(other)" and missing
 * values "(missing)", so a slice never hides in a long tail of one-row values.
 */
export function categoryBins(counts: ValueCount[], missing: number, maxCategories: number): CategoryBins {
  const seen = counts.filter((c): c is { value: string; count: number } => c.value !== null && c.count > 0);
  const values = seen.slice(0, maxCategories).map((c) => c.value);
  const hasOther = seen.length > values.length;
  const labels = [...values];
  const other = hasOther ? labels.push(OTHER_LABEL) - 1 : null;
  const missingBin = missing > 0 ? labels.push(MISSING_LABEL) - 1 : null;
  const binning = hasOther ? `the ${values.length} most frequent of ${seen.length} values, the rest as "${OTHER_LABEL}"` : `${seen.length} value${seen.length === 1 ? '' : 's'}`;
  return { kind: 'categorical', labels, values, other, missing: missingBin, binning: missing > 0 ? `${binning}, missing as "${MISSING_LABEL}"` : binning };
}

export function booleanBins(hasMissing: boolean): BooleanBins {
  return {
    kind: 'boolean',
    labels: hasMissing ? ['false', 'true', MISSING_LABEL] : ['false', 'true'],
    missing: hasMissing ? 2 : null,
    binning: hasMissing ? 'true / false, missing as "(missing)"' : 'true / false',
  };
}

const ID_NAME = /(^id$)|(_id$)|(^key$)|(uuid)/i;

/**
 * Why a column cannot describe a group of rows, or null: the error's own columns, times,
 * identifiers (by name, or categories distinct on almost every row) and constants.
 */
export function exclusionReason(column: ColumnSummary, reserved: string[], rows: number): string | null {
  if (reserved.includes(column.name)) return 'used to compute the error';
  if (column.type === 'time') return 'a time column (slices describe rows, not moments)';
  if (ID_NAME.test(column.name)) return 'an identifier by its name';
  if (column.type === 'category' && column.distinct > 0.5 * rows && rows > 50) return 'an identifier: distinct on most rows';
  if (isConstant(column, rows)) return 'constant: one value on every row';
  return null;
}

function isConstant(column: ColumnSummary, rows: number): boolean {
  if (rows === 0 || column.present === 0) return true;
  return column.distinct === 1 && column.present === rows;
}

function quantilePosition(n: number, q: number): { lower: number; upper: number; fraction: number } {
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  return { lower, upper: Math.min(lower + 1, n - 1), fraction: position - lower };
}

function uniqueEdges(present: number, valueAt: (rank: number) => number, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) {
    const q = i === bins ? valueAt(present - 1) : quantileAt(present, i / bins, valueAt);
    if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
  }
  return edges;
}

/** quantileSorted's arithmetic, from the two order statistics it reads. */
function quantileAt(n: number, q: number, valueAt: (rank: number) => number): number {
  const { lower, upper, fraction } = quantilePosition(n, q);
  return valueAt(lower) + (valueAt(upper) - valueAt(lower)) * fraction;
}

function rangeLabels(edges: number[], binCount: number): string[] {
  if (edges.length === 1) return [`= ${fmt(edges[0])}`];
  const labels: string[] = [];
  for (let i = 0; i < binCount; i++) {
    const last = i === binCount - 1;
    labels.push(`[${fmt(edges[i])}, ${fmt(edges[i + 1])}${last ? ']' : ')'}`);
  }
  return labels;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
