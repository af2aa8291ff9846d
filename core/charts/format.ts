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

/** A statistic at three significant digits; scientific below 0.001 so small p-values stay apart. */
export function formatStatistic(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 0.001) return x.toExponential(1);
  return String(Number(x.toPrecision(3)));
}

/** An instant as a date, with the time only when it is not midnight UTC (hourly windows). */
export function formatInstant(ms: number): string {
  return formatDate(ms, ms % 86_400_000 !== 0);
}

/** A span of window starts, first..last; one date when they are the same window. */
export function formatOnset(onset: number, last: number): string {
  const withTime = onset % 86_400_000 !== 0 || last % 86_400_000 !== 0;
  const from = formatDate(onset, withTime);
  return last === onset ? from : `${from} – ${formatDate(last, withTime)}`;
}

/** A span of whole windows: dates only when it starts and ends at midnight UTC, else formatSpan. */
export function formatWindowSpan(span: { start: number; end: number }): string {
  if (span.start % 86_400_000 !== 0 || span.end % 86_400_000 !== 0) return formatSpan(span);
  return formatOnset(span.start, Math.max(span.start, span.end - 86_400_000));
}
