// Fixed 'en-US' so a report reads the same on every machine and tests are deterministic.
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** A share 0..1 as a percent; never rounds a non-zero share to "0%" or a partial one to "100%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  if (share > 0 && share < 0.001) return '<0.1%';
  if (share < 1 && share > 0.999) return '>99.9%';
  const pct = share * 100;
  return `${Number.isInteger(pct) ? integer.format(pct) : oneDecimal.format(pct)}%`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${integer.format(value)} B` : `${oneDecimal.format(value)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 1) return `${integer.format(ms / 1000)} s`;
  if (minutes < 90) return `${integer.format(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${oneDecimal.format(hours)} h`;
  return `${oneDecimal.format(hours / 24)} d`;
}

/** UTC date (and time when `withTime`) as `YYYY-MM-DD[ HH:MM]`: a format plotly reads as a date. */
export function formatDate(ms: number, withTime = false): string {
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

export function bucketLabel(ms: number, bucket: 'hour' | 'day' | 'week'): string {
  return formatDate(ms, bucket === 'hour');
}

/** A half-open span shown by its first and last instant, at the precision its length needs. */
export function formatSpan(span: { start: number; end: number }): string {
  const withTime = span.end - span.start < 3 * 86_400_000;
  const last = Math.max(span.start, span.end - 1);
  const from = formatDate(span.start, withTime);
  const to = formatDate(last, withTime);
  return from === to ? from : `${from} – ${to}`;
}
