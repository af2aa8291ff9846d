/**
 * What "Trace Stages" and "Show Record Lineage" are given: a tree item of the Pipelines view
 * (an alert node carries `{ target, alert: MonitorAlert }`), or from scripts and tests
 * `{ target, alert: id }` and `{ target, key }`.
 */
export function alertIdOf(argument: unknown): string | undefined {
  const alert = field(argument, 'alert');
  if (typeof alert === 'string') return alert || undefined;
  const id = field(alert, 'id');
  return typeof id === 'string' && id ? id : undefined;
}

export function lineageKeyOf(argument: unknown): string | undefined {
  const key = field(argument, 'key');
  return typeof key === 'string' && key.trim() ? key.trim() : undefined;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
