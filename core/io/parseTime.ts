/**
 * Time values to epoch milliseconds (UTC).
 *
 * Accepted text: ISO-8601 `YYYY-MM-DD`, optionally followed by `T` (or a space) and
 * `HH:MM[:SS[.fraction]]`, optionally followed by `Z` or an offset `±HH[:MM]` / `±HHMM`.
 * A date or datetime without an offset is read as UTC: logs are nearly always written in UTC,
 * and reading them in the machine's local zone would make results depend on where they run.
 * Fractions finer than a millisecond are truncated, as `Date.parse` does.
 */

export type EpochUnit = 's' | 'ms';

/**
 * Epoch numbers below this are seconds, at or above it milliseconds: 1e11 seconds is the
 * year 5138, while 1e11 milliseconds is March 1973, so real logs never sit near the boundary.
 */
const SECONDS_LIMIT = 1e11;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `count` ASCII digits at `at` as an integer, or -1. */
function digits(buf: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Offset in minutes of `Z` / `±HH[:MM]` / `±HHMM` filling `[at, end)`, or NaN. */
function parseOffset(buf: Uint8Array, at: number, end: number): number {
  const length = end - at;
  if (length === 0) return 0;
  const c = buf[at];
  if (length === 1 && (c === 90 || c === 122)) return 0; // Z z
  if (c !== 43 && c !== 45) return NaN; // + -
  const sign = c === 45 ? -1 : 1;
  const hours = length >= 3 ? digits(buf, at + 1, 2) : -1;
  let minutes = 0;
  if (length === 6 && buf[at + 3] === 58) minutes = digits(buf, at + 4, 2);
  else if (length === 5) minutes = digits(buf, at + 1 + 2, 2);
  else if (length !== 3) return NaN;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NaN;
  return sign * (hours * 60 + minutes);
}

/** Parses ISO-8601 text in `buf[start, end)`; NaN when it is not a valid date or datetime. */
export function parseIsoTimeBytes(buf: Uint8Array, start: number, end: number): number {
  if (end - start < 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45) return NaN;
  const year = digits(buf, start, 4);
  const month = digits(buf, start + 5, 2);
  const day = digits(buf, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  let ms = daysFromCivil(year, month, day) * MS_PER_DAY;
  let i = start + 10;
  if (i === end) return ms;
  const sep = buf[i];
  if (sep !== 84 && sep !== 116 && sep !== 32) return NaN; // T t space
  i++;
  if (end - i < 5 || buf[i + 2] !== 58) return NaN;
  const hour = digits(buf, i, 2);
  const minute = digits(buf, i + 3, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  ms += hour * 3_600_000 + minute * 60_000;
  i += 5;
  if (i < end && buf[i] === 58) {
    const second = end - i >= 3 ? digits(buf, i + 1, 2) : -1;
    if (second < 0 || second > 59) return NaN;
    ms += second * 1000;
    i += 3;
    if (i < end && (buf[i] === 46 || buf[i] === 44)) {
      i++;
      const fractionStart = i;
      let scale = 100;
      for (; i < end; i++) {
        const d = buf[i] - 48;
        if (d < 0 || d > 9) break;
        // Only whole milliseconds are kept; adding finer digits to a 1e12 sum would round up.
        if (scale >= 1) ms += d * scale;
        scale /= 10;
      }
      if (i === fractionStart) return NaN;
    }
  }
  const offset = parseOffset(buf, i, end);
  return Number.isNaN(offset) ? NaN : ms - offset * 60_000;
}

let scratch = new Uint8Array(64);

/** Parses ISO-8601 text; NaN when it is not a valid date or datetime. */
export function parseIsoTime(text: string): number {
  const length = text.length;
  if (length < 10 || length > 64) return NaN;
  if (scratch.length < length) scratch = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return NaN;
    scratch[i] = code;
  }
  return parseIsoTimeBytes(scratch, 0, length);
}

export function epochToMs(value: number, unit: EpochUnit): number {
  return unit === 's' ? value * 1000 : value;
}

/** Seconds unless some value is too large to be seconds of a plausible date. */
export function guessEpochUnit(values: Iterable<number>): EpochUnit {
  for (const value of values) if (Math.abs(value) >= SECONDS_LIMIT) return 'ms';
  return 's';
}
