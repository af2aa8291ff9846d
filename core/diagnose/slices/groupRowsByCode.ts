/** Rows sorted by code (counting sort): rows with code v are rows[offsets[v] .. offsets[v + 1]), ascending. */
export interface CodeGroups {
  rows: Int32Array;
  offsets: Int32Array;
}

export function groupRowsByCode(codes: Uint8Array | Uint16Array | Int32Array, cardinality: number): CodeGroups {
  const offsets = new Int32Array(cardinality + 1);
  for (let i = 0; i < codes.length; i++) offsets[codes[i] + 1]++;
  for (let v = 0; v < cardinality; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, cardinality);
  const rows = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) rows[cursor[codes[i]]++] = i;
  return { rows, offsets };
}
