/**
 * Dictionary codes keyed by UTF-8 bytes: a repeated category value costs a hash over its bytes
 * and one compare, and only a value's first occurrence creates a JS string. With a Map keyed by
 * strings every cell would first be decoded into a string, which dominated load time.
 *
 * Layout is chosen for cache misses, which dominate with id-like columns of a million values:
 * each slot holds the code and the full hash side by side, so a probe touches one cache line
 * and only a real match reads the stored bytes.
 */
export class ByteDictionary {
  readonly values: string[] = [];
  /** Pairs [code + 1 (0 = empty), hash] with open addressing. */
  private slots = new Int32Array(2048);
  private slotMask = 1023;
  /** Pairs [start in pool, byte length] per code. */
  private spans = new Int32Array(512);
  /** Hash per code, read only when the slot table grows. */
  private hashes = new Int32Array(256);
  private pool = Buffer.allocUnsafe(1 << 16);
  private poolUsed = 0;

  get size(): number {
    return this.values.length;
  }

  codeOf(buf: Buffer, start: number, end: number): number {
    // FNV-1a in a plain loop: it runs over every byte of every category cell.
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 0x01000193);
    // FNV's multiply only carries upward, so its low bits (the slot index) are poor: bit 0 is
    // the parity of the bytes. Murmur3's finalizer folds the high bits back down.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    const slots = this.slots;
    const mask = this.slotMask;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot * 2];
      if (entry === 0) return this.insert(buf, start, end, hash, slot);
      if (slots[slot * 2 + 1] === hash && this.sameBytes(entry - 1, buf, start, end)) return entry - 1;
      slot = (slot + 1) & mask;
    }
  }

  private sameBytes(code: number, buf: Buffer, start: number, end: number): boolean {
    const length = end - start;
    if (this.spans[code * 2 + 1] !== length) return false;
    const pool = this.pool;
    const at = this.spans[code * 2];
    for (let i = 0; i < length; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  private insert(buf: Buffer, start: number, end: number, hash: number, slot: number): number {
    const code = this.values.length;
    const length = end - start;
    if (code === this.hashes.length) this.growEntries();
    if (this.poolUsed + length > this.pool.length) this.growPool(length);
    // Values are short: a byte loop beats Buffer.copy's call overhead here.
    const pool = this.pool;
    const at = this.poolUsed;
    let ascii = 0;
    for (let i = 0; i < length; i++) {
      const byte = buf[start + i];
      pool[at + i] = byte;
      ascii |= byte;
    }
    this.spans[code * 2] = at;
    this.spans[code * 2 + 1] = length;
    this.hashes[code] = hash;
    this.poolUsed += length;
    this.values.push(buf.toString(ascii < 0x80 ? 'latin1' : 'utf8', start, end));
    this.slots[slot * 2] = code + 1;
    this.slots[slot * 2 + 1] = hash;
    if ((code + 1) * 2 > this.slotMask + 1) this.rehash();
    return code;
  }

  private growEntries(): void {
    const spans = new Int32Array(this.spans.length * 2);
    spans.set(this.spans);
    this.spans = spans;
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private growPool(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.pool.length * 2, this.poolUsed + needed));
    this.pool.copy(next, 0, 0, this.poolUsed);
    this.pool = next;
  }

  private rehash(): void {
    const capacity = (this.slotMask + 1) * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let code = 0; code < this.values.length; code++) {
      const hash = this.hashes[code];
      let slot = hash & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = code + 1;
      slots[slot * 2 + 1] = hash;
    }
    this.slots = slots;
    this.slotMask = mask;
  }
}
