import type { Side } from './metrics';
import type { ComparedRecords } from './compared';

/** The labeled out-of-sample records of every scored window, gathered side by side. */
export class PooledSample {
  private labels: number[] = [];
  private origins: number[] = [];
  private before = { scores: [] as number[], decisions: [] as number[] };
  private after = { scores: [] as number[], decisions: [] as number[] };

  /** `origin[i]` is row i's row in the simulation's input. */
  add(rows: ArrayLike<number>, labels: ArrayLike<number>, before: Side, after: Side, origin: ArrayLike<number>): void {
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      this.origins.push(origin[i]);
      this.labels.push(labels[i]);
      this.before.scores.push(before.scores[i]);
      this.before.decisions.push(before.decisions[i]);
      this.after.scores.push(after.scores[i]);
      this.after.decisions.push(after.decisions[i]);
    }
  }

  sample(): ComparedRecords {
    const side = (s: { scores: number[]; decisions: number[] }): Side => ({ scores: Float64Array.from(s.scores), decisions: Float64Array.from(s.decisions) });
    return { labels: Float64Array.from(this.labels), before: side(this.before), after: side(this.after), rows: Int32Array.from(this.origins) };
  }
}
