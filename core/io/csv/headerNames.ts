import type { IssueTally } from '../text/issueTally';

/**
 * Column names from the header cells: trimmed, empty ones named `column_N` (1-based position)
 * and repeats suffixed `_2`, `_3`, ... so every column can be addressed by name.
 */
export function headerNames(cells: readonly string[], tally: IssueTally, line: number): string[] {
  const taken = new Set<string>();
  return cells.map((cell, index) => {
    const trimmed = cell.trim();
    let name = trimmed === '' ? `column_${index + 1}` : trimmed;
    for (let k = 2; taken.has(name); k++) name = `${trimmed === '' ? `column_${index + 1}` : trimmed}_${k}`;
    taken.add(name);
    if (name !== trimmed) {
      const why = trimmed === '' ? `column ${index + 1} has an empty header name` : `header name "${trimmed}" is repeated`;
      tally.note('header-renamed', line, name, () => ({
        severity: 'warning',
        plain: true,
        what: `${why}; it was renamed to "${name}"`,
        hint: 'Give every column a unique, non-empty name in the header row.',
      }));
    }
    return name;
  });
}
