import type { SliceStats } from './sliceStats';
import { compareSlices } from './sliceStats';

/** The best K slices with positive score, in the documented order; `threshold` is what a newcomer must reach. */
export class TopK {
  readonly items: SliceStats[] = [];

  constructor(private readonly k: number) {}

  /** 0 until K slices are held (only positive scores count), then the K-th best score. */
  get threshold(): number {
    return this.items.length < this.k ? 0 : this.items[this.k - 1].score;
  }

  offer(slice: SliceStats): void {
    if (!(slice.score > 0) || this.k <= 0) return;
    const full = this.items.length >= this.k;
    if (full && compareSlices(slice, this.items[this.k - 1]) >= 0) return;
    let at = this.items.length;
    while (at > 0 && compareSlices(slice, this.items[at - 1]) < 0) at--;
    this.items.splice(at, 0, slice);
    if (this.items.length > this.k) this.items.pop();
  }

  /**
   * Whether a slice whose score is at most `bound` could still enter. Equal bounds are kept (a
   * tie may win on the tie-break) and a relative 1e-9 slack absorbs rounding in the bound.
   */
  mayEnter(bound: number): boolean {
    if (!(bound > 0)) return false;
    const t = this.threshold;
    return bound >= t - 1e-9 * Math.max(1, Math.abs(t));
  }
}
