import type { MonitorAlert } from '../../core/protocol';
import type { IncidentRecord } from '../../core/demo/incidents';
import { BUCKET_MS as WINDOW_MS } from '../../core/protocol';


export interface IncidentMatch {
  incident: IncidentRecord;
  /** Alerts with the incident's stage and column whose onset is within one window of its onset. */
  alerts: MonitorAlert[];
}

/** Which alerts match which planted incident, and precision / recall over them. */
export function matchIncidents(incidents: IncidentRecord[], alerts: MonitorAlert[], bucket: keyof typeof WINDOW_MS) {
  const window = WINDOW_MS[bucket];
  const matches: IncidentMatch[] = incidents.map((incident) => {
    const onset = Date.parse(incident.onset);
    return { incident, alerts: alerts.filter((a) => a.stage === incident.stage && a.column === incident.column && Math.abs(a.onset - onset) <= window) };
  });
  const matched = new Set(matches.flatMap((m) => m.alerts));
  return {
    matches,
    precision: alerts.length ? matched.size / alerts.length : 1,
    recall: incidents.length ? matches.filter((m) => m.alerts.length).length / incidents.length : 1,
  };
}
