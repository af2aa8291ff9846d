export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * The source data gives scheduled departures as local wall-clock times; the demo keeps those
 * numbers as they are and reads them with UTC accessors, so "hour" below is the local hour.
 */
export function dayStart(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** `2001-03` */
export function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** `2001-03-05` */
export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `2001-03-05T14:30:00Z`, without milliseconds (the demo has none). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function hourOfDay(ms: number): number {
  return new Date(ms).getUTCHours();
}

/** 0 = Monday ... 6 = Sunday. */
export function dayOfWeek(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}
