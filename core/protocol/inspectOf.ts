import type { InspectResult, SightlineResult } from './results';

/** The stage summaries a result carries, if any: an inspect result itself, or an overview's. */
export function inspectOf(result: SightlineResult): InspectResult | undefined {
  if (result.kind === 'inspect') return result;
  return result.kind === 'overview' ? result.inspect : undefined;
}
