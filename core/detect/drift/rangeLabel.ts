/** An epoch-ms instant as a short UTC date ("2001-01-01") at midnight, else ISO to the second or millisecond. */
export function instantLabel(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

/** "A..B", end exclusive; an open bound is left empty ("..B", "A.."). */
export function rangeLabel(start: number | undefined, end: number | undefined): string {
  return `${start === undefined ? '' : instantLabel(start)}..${end === undefined ? '' : instantLabel(end)}`;
}
