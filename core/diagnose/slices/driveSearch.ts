import type { ChildCounts, LevelRequest, SearchSteps } from './childCounts';

/** Runs a search whose counts are at hand (in memory). */
export function driveSearch<T>(steps: SearchSteps<T>, count: (request: LevelRequest) => ChildCounts): T {
  let step = steps.next();
  while (!step.done) step = steps.next(count(step.value));
  return step.value;
}

/** Runs a search whose counts a database answers, one level at a time. */
export async function driveSearchAsync<T>(steps: SearchSteps<T>, count: (request: LevelRequest) => Promise<ChildCounts>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await count(step.value));
  return step.value;
}
