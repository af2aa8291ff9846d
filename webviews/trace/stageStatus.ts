import type { TraceIncident, TraceResult } from '../../core/protocol';

export type StageSeverity = 'alert' | 'warn' | 'ok';

const RANK: Readonly<Record<StageSeverity, number>> = { ok: 0, warn: 1, alert: 2 };

/**
 * The stages in pipeline order: the result's own list, or for an older result the stages its
 * record-loss pairs and alerts name, in the order they first appear.
 */
export function traceStages(result: TraceResult): string[] {
  if (result.stages?.length) return [...result.stages];
  const seen = new Set<string>();
  for (const loss of result.stageLoss) seen.add(loss.from).add(loss.to);
  for (const alert of result.alerts) seen.add(alert.stage);
  return [...seen];
}

/** Each stage's worst anomaly: its alerts, and the record-loss alerts of the pair ending at it. */
export function stageSeverities(result: TraceResult): Map<string, StageSeverity> {
  const worst = new Map<string, StageSeverity>(traceStages(result).map((s) => [s, 'ok']));
  const raise = (stage: string, severity: StageSeverity) => {
    if (RANK[severity] > RANK[worst.get(stage) ?? 'ok']) worst.set(stage, severity);
  };
  for (const alert of result.alerts) raise(alert.stage, alert.severity);
  for (const loss of result.stageLoss) for (const alert of loss.alerts) raise(loss.to, alert.severity);
  return worst;
}

/** Alerts per stage, for the box's second line. */
export function alertCounts(result: TraceResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const alert of result.alerts) counts.set(alert.stage, (counts.get(alert.stage) ?? 0) + 1);
  return counts;
}

/** What the graph marks for the selected incident: its first stage, and the stages it reached. */
export interface IncidentMarks {
  first: string;
  downstream: Set<string>;
}

export function incidentMarks(incident: TraceIncident | undefined): IncidentMarks | undefined {
  if (!incident) return undefined;
  return { first: incident.firstStage, downstream: new Set(incident.downstream.map((d) => d.stage).filter((s) => s !== incident.firstStage)) };
}

/** The incident a monitor alert belongs to, by id, else by the same kind, stage and column (another monitoring run names alerts by their own onset). */
export function incidentOfAlert(result: TraceResult, alertId: string): number | undefined {
  const exact = result.alerts.find((a) => a.id === alertId);
  if (exact) return exact.incident;
  const [kind, stage, column] = alertId.split(':');
  return result.alerts.find((a) => a.kind === kind && a.stage === stage && a.column === column)?.incident;
}
