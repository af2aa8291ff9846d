/** One window of one stage: what a run's output holds, and what an alert flags. */
export interface StageOutput {
  stage: string;
  start: number;
}

const keyOf = (o: StageOutput): string => `${o.stage}\u0000${o.start}`;

/** Distinct outputs, in first-seen order. */
export function distinctOutputs(outputs: Iterable<StageOutput>): StageOutput[] {
  const seen = new Map<string, StageOutput>();
  for (const o of outputs) if (!seen.has(keyOf(o))) seen.set(keyOf(o), o);
  return [...seen.values()];
}
