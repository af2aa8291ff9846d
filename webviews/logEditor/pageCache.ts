/**
 * The pages the webview holds, least recently used evicted first, and the pages asked of the
 * host and not yet answered, so scrolling back and forth neither re-asks nor double-asks.
 */
export class PageCache<P extends { offset: number }> {
  private readonly pages = new Map<number, P>();
  private readonly pending = new Set<number>();

  constructor(private readonly capacity = 8) {}

  get size(): number {
    return this.pages.size;
  }

  get(offset: number): P | undefined {
    const page = this.pages.get(offset);
    if (page) {
      // Re-insert to mark it most recently used (a Map iterates in insertion order).
      this.pages.delete(offset);
      this.pages.set(offset, page);
    }
    return page;
  }

  has(offset: number): boolean {
    return this.pages.has(offset);
  }

  /** True when the page must be requested now; it then counts as pending until put or failed. */
  claim(offset: number): boolean {
    if (this.pages.has(offset) || this.pending.has(offset)) return false;
    this.pending.add(offset);
    return true;
  }

  isPending(offset: number): boolean {
    return this.pending.has(offset);
  }

  put(page: P): void {
    this.pending.delete(page.offset);
    this.pages.delete(page.offset);
    this.pages.set(page.offset, page);
    while (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value as number);
  }

  /** Forget every pending request (the host failed or restarted), so they can be asked again. */
  failPending(): void {
    this.pending.clear();
  }

  clear(): void {
    this.pages.clear();
    this.pending.clear();
  }
}
