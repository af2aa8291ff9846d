import { UsageError } from './args';
import { parseIsoTime } from '../core/io/parseTime';

export interface TimeRange {
  start?: number;
  end?: number;
}

/** "A..B" with ISO dates or times (UTC unless an offset is given), end exclusive; either side may be left open. */
export function parseTimeRange(text: string, flag: string): TimeRange {
  const parts = text.split('..');
  const usage = `--${flag} must be START..END with ISO dates or times, e.g. 2001-01-01..2001-02-01 (got "${text}")`;
  if (parts.length !== 2 || (parts[0] === '' && parts[1] === '')) throw new UsageError(usage);
  const [start, end] = parts.map((p) => (p === '' ? undefined : parseIsoTime(p.trim())));
  if (Number.isNaN(start) || Number.isNaN(end)) throw new UsageError(usage);
  if (start !== undefined && end !== undefined && end <= start) throw new UsageError(`--${flag} ends before it starts (the end is exclusive): "${text}"`);
  const range: TimeRange = {};
  if (start !== undefined) range.start = start;
  if (end !== undefined) range.end = end;
  return range;
}
