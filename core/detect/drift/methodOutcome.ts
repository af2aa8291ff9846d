/** What one test or distance said about a column, before the decision. */
export interface MethodOutcome {
  /** scipy's (or the usual) name of what was computed. */
  method: string;
  statistic: number;
  /** Null for distances. */
  pValue: number | null;
  /** Distances: flag at or above this. */
  threshold?: number;
  note?: string;
}
