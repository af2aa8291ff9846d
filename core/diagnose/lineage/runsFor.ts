import type { LineageRun } from '../../protocol';
import type { RunIndex } from './runIndex';

/** The runs behind a record at its event time, noting the components that have none. */
export function runsFor(runs: RunIndex, eventTime: number | undefined, notes: string[]): LineageRun[] {
  if (eventTime === undefined) {
    notes.push('the record has no event time, so no component run could be matched to it');
    return [];
  }
  const found = runs.runsAt(eventTime);
  const missing = runs.components.filter((c) => !found.some((r) => r.component === c));
  if (missing.length) notes.push(`no run of ${missing.join(', ')} spans or follows the record's event time`);
  if (found.some((r) => r.match === 'next')) notes.push('runs marked "next" started after the event time (no run spans it): the batch that most likely processed the record');
  return found;
}
