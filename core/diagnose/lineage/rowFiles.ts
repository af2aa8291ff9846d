import type { LogTable } from '../../io/logTable';

/**
 * Which file each row came from: a stage's table stacks its files in order and each load report
 * counts its rows. Returns undefined for every row when the counts do not add up.
 */
export function rowFileLocator(table: LogTable): (row: number) => string | undefined {
  const ends: number[] = [];
  let total = 0;
  for (const report of table.reports) ends.push((total += report.rows));
  if (total !== table.rowCount) return () => undefined;
  return (row) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > row) hi = mid;
      else lo = mid + 1;
    }
    return table.reports[lo]?.file;
  };
}
