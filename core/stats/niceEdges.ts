/**
 * About `bins` equal-width bins over [min, max] with round edges (steps of 1, 2 or 5 times a
 * power of ten), the first edge <= min and the last >= max. A constant column gets one bin.
 */
export function niceEdges(min: number, max: number, bins: number): number[] {
  if (!(max > min)) return [min, min === 0 ? 1 : min + Math.abs(min) * 1e-9 || 1];
  const raw = (max - min) / bins;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  // Edges are whole multiples of the step, rounded, so 0.1-steps do not drift (0.30000000000000004).
  const firstIndex = Math.floor(min / step + 1e-9);
  const edges: number[] = [];
  for (let i = firstIndex; edges.length === 0 || edges[edges.length - 1] < max; i++) {
    edges.push(Number((i * step).toPrecision(12)));
  }
  if (edges.length === 1) edges.push(edges[0] + step);
  return edges;
}
