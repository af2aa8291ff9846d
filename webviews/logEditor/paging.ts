export const PAGE_SIZE = 200;

export type PageMove = 'first' | 'prev' | 'next' | 'last';

/** Pages start at multiples of the page size, so every route to a row hits the same cached page. */
export function pageStart(row: number, pageSize = PAGE_SIZE): number {
  return Math.floor(Math.max(0, row) / pageSize) * pageSize;
}

export function lastPageStart(rowCount: number, pageSize = PAGE_SIZE): number {
  return rowCount > 0 ? pageStart(rowCount - 1, pageSize) : 0;
}

export function clampPageStart(offset: number, rowCount: number, pageSize = PAGE_SIZE): number {
  return Math.min(pageStart(offset, pageSize), lastPageStart(rowCount, pageSize));
}

export function movePage(offset: number, move: PageMove, rowCount: number, pageSize = PAGE_SIZE): number {
  switch (move) {
    case 'first':
      return 0;
    case 'prev':
      return clampPageStart(offset - pageSize, rowCount, pageSize);
    case 'next':
      return clampPageStart(offset + pageSize, rowCount, pageSize);
    case 'last':
      return lastPageStart(rowCount, pageSize);
  }
}

/** A 1-based row number typed by a person ("12,345" or "12 345" too) as a 0-based row, or undefined. */
export function parseRowNumber(text: string, rowCount: number): number | undefined {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  const row = Number(cleaned);
  if (row < 1 || rowCount < 1) return undefined;
  return Math.min(row, rowCount) - 1;
}
