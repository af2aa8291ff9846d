import type { SliceFeature } from '../../protocol';

/** A feature as small integer codes 0..bins.length-1, one per row (every row has a code). */
export interface EncodedFeature extends SliceFeature {
  codes: Uint8Array | Uint16Array | Int32Array;
}

export function codeArray(length: number, cardinality: number): Uint8Array | Uint16Array | Int32Array {
  if (cardinality <= 256) return new Uint8Array(length);
  if (cardinality <= 65536) return new Uint16Array(length);
  return new Int32Array(length);
}
