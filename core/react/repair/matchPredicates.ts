import type { Column, LogTable } from '../../io/logTable';
import type { SlicePredicate } from '../../protocol/slices';
import { SightlineInputError } from '../../io/errors';
import { MISSING_LABEL } from '../../diagnose/slices/binNumeric';
import { OTHER_LABEL } from '../../diagnose/slices/binCategory';

type RowTest = (row: number) => boolean;

/**
 * Per row of `table`, whether it satisfies every predicate: a category by equality, a boolean
 * as "true" / "false", a number by the range its bin label names ("[10, 20)", "[20, 30]",
 * "= 5") or by equality, "(missing)" by a missing value.
 */
export function matchPredicates(table: LogTable, predicates: readonly SlicePredicate[]): Uint8Array {
  const tests = predicates.map((p) => predicateTest(table, p));
  const match = new Uint8Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) match[row] = tests.every((test) => test(row)) ? 1 : 0;
  return match;
}

function predicateTest(table: LogTable, predicate: SlicePredicate): RowTest {
  const column = table.columns.find((c) => c.name === predicate.feature);
  if (!column) {
    throw new SightlineInputError('repair.unknown-feature', `the repair's where names "${predicate.feature}", which no stage before the predictions logs`, {
      column: predicate.feature,
      hint: `Name a column of the joined stages: ${table.columns.map((c) => c.name).join(', ')}.`,
    });
  }
  if (predicate.value === MISSING_LABEL) return missingTest(column);
  if (column.type === 'category') return categoryTest(column, predicate);
  if (column.type === 'boolean' && (predicate.value === 'true' || predicate.value === 'false')) {
    const want = predicate.value === 'true' ? 1 : 0;
    return (row) => column.values[row] === want;
  }
  return numericTest(column.values, predicate);
}

function missingTest(column: Column): RowTest {
  return column.type === 'category' ? (row) => column.codes[row] < 0 : (row) => Number.isNaN(column.values[row]);
}

function categoryTest(column: Extract<Column, { type: 'category' }>, predicate: SlicePredicate): RowTest {
  if (predicate.value === OTHER_LABEL) {
    throw new SightlineInputError('repair.other-category', `"${predicate.feature} = ${OTHER_LABEL}" depends on the categories a slice search kept, which a repair does not know`, {
      column: predicate.feature,
      hint: 'Name the categories themselves, one repair per category.',
    });
  }
  const code = column.dictionary.indexOf(predicate.value);
  return (row) => code >= 0 && column.codes[row] === code;
}

const RANGE = /^\[\s*(-?[\d.eE+-]+|-?Infinity)\s*,\s*(-?[\d.eE+-]+|Infinity)\s*([)\]])$/;
const EQUAL = /^=\s*(-?[\d.eE+-]+)$/;

function numericTest(values: Float64Array, predicate: SlicePredicate): RowTest {
  const range = RANGE.exec(predicate.value);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    const closed = range[3] === ']';
    if (!Number.isNaN(low) && !Number.isNaN(high)) return (row) => values[row] >= low && (closed ? values[row] <= high : values[row] < high);
  }
  const equal = Number((EQUAL.exec(predicate.value) ?? [undefined, predicate.value])[1]);
  if (predicate.value.trim() !== '' && !Number.isNaN(equal)) return (row) => values[row] === equal;
  throw new SightlineInputError('repair.bad-predicate', `cannot read "${predicate.value}" as a value or a range of the numeric column "${predicate.feature}"`, {
    column: predicate.feature,
    hint: 'Use a bin label as slice search prints it ("[10, 20)", "[20, 30]", "= 5"), a number, or "(missing)".',
  });
}
