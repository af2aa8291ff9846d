export interface Differences {
  /** Numbers compared. */
  numbers: number;
  /** Largest |a - b| / max(1, |b|) over them. */
  maxRelative: number;
  /** Paths where anything but a number differs (text, presence, length). */
  other: string[];
}

/** How far result `actual` is from `expected`, field by field. */
export function differences(actual: unknown, expected: unknown): Differences {
  const found: Differences = { numbers: 0, maxRelative: 0, other: [] };
  walk(actual, expected, '$', found);
  return found;
}

function walk(a: unknown, b: unknown, path: string, found: Differences): void {
  if (typeof a === 'number' && typeof b === 'number') {
    found.numbers++;
    if (!(Number.isNaN(a) && Number.isNaN(b))) found.maxRelative = Math.max(found.maxRelative, Math.abs(a - b) / Math.max(1, Math.abs(b)));
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) found.other.push(`${path} (length ${a.length} vs ${b.length})`);
    else a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`, found));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, found);
    return;
  }
  if (a !== b) found.other.push(path);
}
