export interface Bar {
  index: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Space between bars, shrunk when bars would get thinner than it. */
  gap?: number;
  /** A non-empty bin is at least this tall, so a rare value is still visible. */
  minHeight?: number;
}

/** Geometry of a small bar chart, bars bottom-aligned in a width x height box (SVG units). */
export function histogramBars(counts: readonly number[], layout: BarLayout): Bar[] {
  const n = counts.length;
  if (n === 0 || layout.width <= 0 || layout.height <= 0) return [];
  const gap = Math.min(layout.gap ?? 1, layout.width / n / 4);
  const width = (layout.width - gap * (n - 1)) / n;
  const minHeight = Math.min(layout.minHeight ?? 1, layout.height);
  const max = counts.reduce((m, c) => (c > m ? c : m), 0);
  return counts.map((count, index) => {
    const scaled = max > 0 && count > 0 ? Math.max(minHeight, (count / max) * layout.height) : 0;
    return { index, count, x: round(index * (width + gap)), y: round(layout.height - scaled), width: round(width), height: round(scaled) };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
