import { SightlineInputError } from '../../io/errors';

/** The versions in the order they first served (by event time); null versions are left out. */
export function versionsInOrder(versions: readonly (string | null)[], times: ArrayLike<number>): string[] {
  const first = new Map<string, number>();
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i];
    const t = times[i];
    if (v === null || Number.isNaN(t)) continue;
    const seen = first.get(v);
    if (seen === undefined || t < seen) first.set(v, t);
  }
  return [...first].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/** current and previous as asked, else the latest version and the one before it. */
export function rollbackVersions(order: string[], asked: { current?: string; previous?: string }): { current: string; previous: string } {
  const current = asked.current ?? order[order.length - 1];
  const previous = asked.previous ?? order[order.indexOf(current) - 1];
  for (const [flag, v] of [['current', current], ['previous', previous]] as const) {
    if (v !== undefined && order.includes(v)) continue;
    throw new SightlineInputError('whatif.unknown-version', v === undefined
      ? `there is no model version before "${current}" in the logs to roll back to`
      : `model version "${v}" (--${flag}) is not in the logs`, {
      hint: `Versions in the logs, oldest first: ${order.join(', ') || '(none: name "modelVersion" under "predictions" in sightline.json)'}.`,
    });
  }
  if (current === previous) throw new SightlineInputError('whatif.same-version', `--current and --previous are both "${current}"`, { hint: 'Name two different model versions.' });
  return { current, previous: previous as string };
}
