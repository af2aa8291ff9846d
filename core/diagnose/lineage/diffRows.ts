import type { LineageDiff, LineageValue } from '../../protocol';

/** What happened to the same-named columns of a record between an upstream stage's row and this stage's. */
export function diffRows(against: string, upstream: Record<string, LineageValue>, current: Record<string, LineageValue>): LineageDiff {
  const diff: LineageDiff = { against, changed: [], nulled: [], added: [], removed: [], unchanged: 0 };
  for (const [column, from] of Object.entries(upstream)) {
    if (!(column in current)) diff.removed.push({ column, value: from });
    else if (sameValue(from, current[column])) diff.unchanged++;
    else if (current[column] === null) diff.nulled.push({ column, value: from });
    else diff.changed.push({ column, from, to: current[column] });
  }
  for (const [column, value] of Object.entries(current)) {
    if (!(column in upstream)) diff.added.push({ column, value });
  }
  return diff;
}

// A column may be read as a number in one stage and as text in another (CSV vs typed files):
// "925" and 925 are the same value, so compare across types by their text.
function sameValue(a: LineageValue, b: LineageValue): boolean {
  if (a === null || b === null) return a === b;
  return typeof a === typeof b ? a === b : String(a) === String(b);
}
