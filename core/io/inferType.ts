import type { ColumnType } from '../protocol';
import { guessEpochUnit, parseIsoTime } from './parseTime';
import type { EpochUnit } from './parseTime';
import type { ReadOptions } from './readOptions';
import {
  isMissingText, isNonFiniteText, isTrueFalseText, parseDecimalText,
} from './csv/textValues';

/**
 * Column type inference from a sample of text values and the column name.
 *
 * Rules, first match wins:
 * 1. `options.types[name]`, then `options.timeColumns`, decide outright.
 * 2. Missing cells (see `isMissingText`) are ignored; a column with no values is a category.
 * 3. Only true/false (any case) -> boolean. 0/1 columns stay numbers: they sum and average
 *    the same way, and guessing "flag" from a name is too fragile to be worth it.
 * 4. All decimal numbers (NaN/Infinity spelled out count as numeric) -> number, or time as
 *    epoch seconds/milliseconds when the name looks like time (`looksLikeTimeName`).
 * 5. All ISO-8601 dates/datetimes -> time.
 * 6. Anything else -> category. When most values are numbers (or times) but some are not,
 *    `mixedAt` points at the first odd value so the reader can say why it chose category.
 */
export interface InferredType {
  type: ColumnType;
  /** For time columns holding numbers. */
  epochUnit: EpochUnit;
  /** Index in the sample of the first value that kept a mostly numeric/time column a category. */
  mixedAt?: number;
}

const TIME_NAME = /^(ts|time|timestamp|date|datetime)$|(_at|_ts|_time|_timestamp|_date)$/i;
const CAMEL_TIME_NAME = /[a-z](At|Ts|Time|Timestamp|Date)$/;

export function looksLikeTimeName(name: string): boolean {
  return TIME_NAME.test(name) || CAMEL_TIME_NAME.test(name);
}

/** Epoch unit from the numeric values of a sample (seconds unless some are too large). */
function epochUnitOf(sample: readonly (string | null)[]): EpochUnit {
  const numbers: number[] = [];
  for (const text of sample) {
    const value = text === null ? NaN : parseDecimalText(text);
    if (Number.isFinite(value)) numbers.push(value);
  }
  return guessEpochUnit(numbers);
}

interface Tally {
  values: number;
  booleans: number;
  numbers: number;
  times: number;
  firstNonNumber: number;
  firstNonTime: number;
}

function tally(sample: readonly (string | null)[]): Tally {
  const t: Tally = { values: 0, booleans: 0, numbers: 0, times: 0, firstNonNumber: -1, firstNonTime: -1 };
  sample.forEach((text, index) => {
    if (text === null || isMissingText(text)) return;
    t.values++;
    if (isTrueFalseText(text)) t.booleans++;
    if (!Number.isNaN(parseDecimalText(text)) || isNonFiniteText(text)) t.numbers++;
    else if (t.firstNonNumber < 0) t.firstNonNumber = index;
    if (!Number.isNaN(parseIsoTime(text))) t.times++;
    else if (t.firstNonTime < 0) t.firstNonTime = index;
  });
  return t;
}

/** `sample` holds the column's text cells of the first rows; null stands for "no value". */
export function inferColumnType(
  name: string,
  sample: readonly (string | null)[],
  options: Pick<ReadOptions, 'types' | 'timeColumns'> = {},
): InferredType {
  const epochUnit = epochUnitOf(sample);
  const declared = options.types?.[name];
  if (declared) return { type: declared, epochUnit };
  if (options.timeColumns?.includes(name)) return { type: 'time', epochUnit };
  const t = tally(sample);
  if (t.values === 0) return { type: 'category', epochUnit };
  if (t.booleans === t.values) return { type: 'boolean', epochUnit };
  if (t.numbers === t.values) return { type: looksLikeTimeName(name) ? 'time' : 'number', epochUnit };
  if (t.times === t.values) return { type: 'time', epochUnit };
  if (t.numbers * 2 >= t.values) return { type: 'category', epochUnit, mixedAt: t.firstNonNumber };
  if (t.times * 2 >= t.values) return { type: 'category', epochUnit, mixedAt: t.firstNonTime };
  return { type: 'category', epochUnit };
}
