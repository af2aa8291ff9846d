import { bucketStart, chooseBucket, type TimeBucket } from '../../core/engine/engine';
import { DEFAULT_REFERENCE_WINDOWS } from '../../core/monitor/referenceWindows';
import { formatSpan } from '../../core/charts';
import type { TimeSpan } from '../../core/protocol';
import { BUCKET_MS as SIZE } from '../../core/protocol';

/** One way to cut a stage to a time range for a drift comparison; no bounds is the whole stage. */
export interface RangeChoice {
  label: string;
  description: string;
  start?: number;
  end?: number;
  /** Ask for an ISO range instead. */
  custom?: true;
}

const NOUN: Record<TimeBucket, string> = { hour: 'hour', day: 'day', week: 'week' };

/**
 * The ranges offered for one side of a drift comparison, the likeliest first: the monitor's
 * reference period for the reference side (the manifest's range, else the first windows, as
 * `sightline monitor` takes it), the last window for the current side.
 */
export function driftRangeChoices(stageSpan: TimeSpan, pipelineSpan: TimeSpan, manifestReference: TimeSpan | undefined, role: 'reference' | 'current'): RangeChoice[] {
  const bucket = chooseBucket(pipelineSpan.end - pipelineSpan.start);
  const noun = NOUN[bucket];
  const lastStart = bucketStart(stageSpan.end, bucket);
  const last: RangeChoice = { label: `Last ${noun}`, description: formatSpan({ start: lastStart, end: lastStart + SIZE[bucket] }), start: lastStart, end: lastStart + SIZE[bucket] };
  const before: RangeChoice = { label: `Everything before the last ${noun}`, description: formatSpan({ start: stageSpan.start, end: lastStart }), end: lastStart };
  const firstStart = bucketStart(pipelineSpan.start, bucket);
  const reference: RangeChoice = manifestReference
    ? { label: 'Reference period of the manifest', description: formatSpan(manifestReference), start: manifestReference.start, end: manifestReference.end }
    : {
        label: `Monitor reference: the first ${DEFAULT_REFERENCE_WINDOWS} ${noun}s`,
        description: formatSpan({ start: firstStart, end: firstStart + DEFAULT_REFERENCE_WINDOWS * SIZE[bucket] }),
        start: firstStart,
        end: firstStart + DEFAULT_REFERENCE_WINDOWS * SIZE[bucket],
      };
  const whole: RangeChoice = { label: 'The whole stage', description: formatSpan({ start: stageSpan.start, end: stageSpan.end + 1 }) };
  const custom: RangeChoice = { label: 'Custom range…', description: 'ISO start..end, the end exclusive', custom: true };
  return role === 'reference' ? [reference, before, whole, last, custom] : [last, reference, whole, custom];
}

/**
 * Reads "2001-04-01..2001-05-01" (also "to", a space or a comma between the two) as ISO-8601
 * instants in UTC, the end exclusive. Returns the range, or what is wrong in words.
 */
export function parseRange(text: string): TimeSpan | string {
  const parts = text.trim().split(/\s*(?:\.\.|\bto\b|,|\s)\s*/).filter(Boolean);
  if (parts.length !== 2) return 'Write two ISO dates or times, e.g. 2001-04-01..2001-05-01';
  const [start, end] = parts.map(parseInstant);
  if (start === undefined) return `"${parts[0]}" is not an ISO date or time (e.g. 2001-04-01 or 2001-04-01T06:00Z)`;
  if (end === undefined) return `"${parts[1]}" is not an ISO date or time (e.g. 2001-05-01 or 2001-05-01T06:00Z)`;
  if (end <= start) return 'The end must come after the start (the end is exclusive)';
  return { start, end };
}

function parseInstant(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  // A date-time without an offset means UTC here, as everywhere in Sightline.
  const withZone = /T|\s/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text.replace(' ', 'T')}Z` : text.replace(' ', 'T');
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The reference time range a sightline.json states, if any (its text, already read). */
export function manifestReferenceOf(manifestText: string): TimeSpan | undefined {
  try {
    const reference = (JSON.parse(manifestText) as { reference?: { start?: unknown; end?: unknown } }).reference;
    if (typeof reference?.start !== 'string' || typeof reference.end !== 'string') return undefined;
    const start = parseInstant(reference.start);
    const end = parseInstant(reference.end);
    return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
  } catch {
    return undefined;
  }
}
