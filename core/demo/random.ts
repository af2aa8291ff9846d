/**
 * Seeded randomness for the demo. Two flavours:
 * - `createRandom(seed)`: a sequential generator (mulberry32), for synthetic data;
 * - `hashUniform(seed, stream, index)`: a counter-based draw keyed by record, so a flight gets
 *   the same label lag or incident draw whatever the sample and the order of processing.
 */
import { seededRandom } from '../stats/seededRandom';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
}

export function createRandom(seed: number): Random {
  const next = seededRandom(seed);
  return { next, normal: () => boxMuller(next(), next()) };
}

/** Uniform in [0, 1), a pure function of its three integer arguments. */
export function hashUniform(seed: number, stream: number, index: number): number {
  let h = mix32(seed ^ Math.imul(stream + 1, 0x9e3779b1));
  h = mix32(h ^ Math.imul(index >>> 0, 0x85ebca6b));
  h = mix32(h ^ (index / 4294967296) >>> 0);
  return h / 4294967296;
}

/** Standard normal, a pure function of its arguments (uses streams `stream` and `stream + 1000`). */
export function hashNormal(seed: number, stream: number, index: number): number {
  return boxMuller(hashUniform(seed, stream, index), hashUniform(seed, stream + 1000, index));
}

function boxMuller(u1: number, u2: number): number {
  // 1 - u keeps the logarithm finite when u is exactly 0.
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}

/** murmur3's 32-bit finalizer: full avalanche, cheap. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
