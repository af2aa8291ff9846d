import type { MonitorAlert } from '../../protocol/monitor';
import type { OnsetEstimate, TraceIncident } from '../../protocol/trace';
import type { AlertLink } from './alertLinks';
import { UnionFind } from './unionFind';

export interface IncidentGroup {
  incident: TraceIncident;
  /** Indices into the alert list. */
  members: number[];
  root: number;
}

/**
 * Incidents are the connected groups of linked alerts. The root is the group's alert in the
 * earliest stage in pipeline order; within that stage the earliest flagged, a named column before
 * a stage-level one (a volume change is a symptom), then the more severe and higher-scoring.
 */
export function groupIncidents(alerts: MonitorAlert[], links: AlertLink[], stages: string[], onsets: OnsetEstimate[]): IncidentGroup[] {
  const sets = new UnionFind(alerts.length);
  for (const link of links) sets.union(link.a, link.b);
  const members = new Map<number, number[]>();
  alerts.forEach((_, i) => {
    const root = sets.find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  const position = (i: number): number => {
    const p = stages.indexOf(alerts[i].stage);
    return p < 0 ? Infinity : p;
  };
  const better = (x: number, y: number): number => position(x) - position(y) || compareWithinStage(alerts[x], alerts[y]);
  const groups = [...members.values()].map((group) => {
    const root = [...group].sort(better)[0];
    const r = alerts[root];
    const onset = onsets[root];
    const incident: TraceIncident = {
      alerts: group.map((i) => alerts[i].id),
      firstStage: r.stage,
      column: r.column,
      rootKind: r.kind,
      onset: onset.onset,
      onsetInterval: onset.interval,
      onsetMethod: onset.method,
      downstream: downstreamOf(group, root, alerts, position, onsets),
      links: links.filter((l) => group.includes(l.a)).map((l) => l.reason),
      ...(r.subpopulation ? { subpopulation: r.subpopulation } : {}),
    };
    return { incident, members: group, root };
  });
  return groups.sort((a, b) => a.incident.onset - b.incident.onset || position(a.root) - position(b.root));
}

function compareWithinStage(a: MonitorAlert, b: MonitorAlert): number {
  return a.onset - b.onset || Number(a.column === '*') - Number(b.column === '*') || Number(b.severity === 'alert') - Number(a.severity === 'alert') || b.score - a.score;
}

/** Per later stage, its first alert by the same order as the root's. */
function downstreamOf(group: number[], root: number, alerts: MonitorAlert[], position: (i: number) => number, onsets: OnsetEstimate[]): TraceIncident['downstream'] {
  const byStage = new Map<string, number>();
  for (const i of group) {
    if (position(i) <= position(root)) continue;
    const best = byStage.get(alerts[i].stage);
    if (best === undefined || compareWithinStage(alerts[i], alerts[best]) < 0) byStage.set(alerts[i].stage, i);
  }
  return [...byStage.values()]
    .sort((x, y) => position(x) - position(y))
    .map((i) => ({ stage: alerts[i].stage, column: alerts[i].column, kind: alerts[i].kind, onset: onsets[i].onset }));
}
