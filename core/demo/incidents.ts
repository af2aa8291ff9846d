import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Flights } from './loadFlights';
import { dayKey, isoSeconds } from './calendar';
import { FEATURE_BUG, LABEL_DELAY, MISSING_DESTINATION, UNIT_CHANGE } from './plantedIncidents';
import { LABEL_MISSING_SHARE } from './feedback';

export interface IncidentRecord {
  id: string;
  kind: 'feature-bug' | 'missing-values' | 'label-delay' | 'unit-change';
  stage: string;
  column: string;
  affected: {
    filter: string;
    count: number;
    /** flight_ids, one a line, relative to the demo folder. */
    file: string;
    [detail: string]: string | number;
  };
  onset: string;
  /** null while the incident lasts to the end of the data. */
  end: string | null;
  description: string;
  downstream: string;
}

/** What the planting stages report back: the flight indices they altered. */
export interface PlantedRows {
  buggyDepHour: Int32Array;
  nullDestination: Int32Array;
  labelDelayed: Int32Array;
  labelDelayedLabeled: Int32Array;
  unitChanged: Int32Array;
}

export function describeIncidents(planted: PlantedRows): IncidentRecord[] {
  const file = (id: string): string => `incidents/${id}.txt`;
  const lost = planted.labelDelayed.length - planted.labelDelayedLabeled.length;
  return [
    {
      id: FEATURE_BUG.id,
      kind: 'feature-bug',
      stage: 'features',
      column: 'dep_hour',
      affected: { filter: `origin_state = '${FEATURE_BUG.state}' and event_time >= ${dayKey(FEATURE_BUG.onset)}`, count: planted.buggyDepHour.length, file: file(FEATURE_BUG.id) },
      onset: isoSeconds(FEATURE_BUG.onset),
      end: null,
      description:
        `Release ${FEATURE_BUG.codeVersionAfter} of the features job (runs.jsonl: code_version changes from ${FEATURE_BUG.codeVersionBefore}) ` +
        `computes dep_hour for Texas origins from a UTC clock instead of local time: dep_hour = (local hour + ${FEATURE_BUG.hourShift}) mod 24. Other states are unaffected. The clean stage logs the right local hour as clean.dep_hour for the same flight_id, so the bug can be undone from it.`,
      downstream: 'predict.score and predict.predicted_late change for the same flights (v2 and, in shadow, v1 read dep_hour); feedback labels are unaffected.',
    },
    {
      id: MISSING_DESTINATION.id,
      kind: 'missing-values',
      stage: 'ingest',
      column: 'destination',
      affected: {
        filter: `event_time in [${dayKey(MISSING_DESTINATION.onset)}, ${dayKey(MISSING_DESTINATION.end)}) and destination is null`,
        count: planted.nullDestination.length,
        file: file(MISSING_DESTINATION.id),
        share: MISSING_DESTINATION.share,
      },
      onset: isoSeconds(MISSING_DESTINATION.onset),
      end: isoSeconds(MISSING_DESTINATION.end),
      description: `For two days an upstream feed sent an empty destination for about ${pct(MISSING_DESTINATION.share)} of records (empty cells in the ingest CSV).`,
      downstream:
        "clean's airport join is an inner join, so these records are dropped: they are absent from clean, features and predict. " +
        'Their labels still arrive in feedback (labels come from the airline, not from the pipeline).',
    },
    {
      id: LABEL_DELAY.id,
      kind: 'label-delay',
      stage: 'feedback',
      column: 'label_time',
      affected: {
        filter: `origin = '${LABEL_DELAY.airport}' and event_time >= ${dayKey(LABEL_DELAY.onset)}`,
        count: planted.labelDelayed.length,
        file: file(LABEL_DELAY.id),
        labelsDelayed: planted.labelDelayedLabeled.length,
        labelsNeverArrived: lost,
        lagFactor: LABEL_DELAY.lagFactor,
        missingShare: LABEL_DELAY.missingShare,
        usualMissingShare: LABEL_MISSING_SHARE,
      },
      onset: isoSeconds(LABEL_DELAY.onset),
      end: null,
      description:
        `Labels for flights departing ${LABEL_DELAY.airport} arrive ${LABEL_DELAY.lagFactor}x later (reporting lag x${LABEL_DELAY.lagFactor}) ` +
        `and ${pct(LABEL_DELAY.missingShare)} of them never arrive (usually ${pct(LABEL_MISSING_SHARE)}). ` +
        '"labelsDelayed" labels arrived late; "labelsNeverArrived" are missing from feedback.',
      downstream: 'Label coverage and any performance estimate for ORD (and the overall one) lag behind; predictions are unaffected.',
    },
    {
      id: UNIT_CHANGE.id,
      kind: 'unit-change',
      stage: 'clean',
      column: 'distance_km',
      affected: { filter: `event_time in [${dayKey(UNIT_CHANGE.onset)}, ${dayKey(UNIT_CHANGE.end)})`, count: planted.unitChanged.length, file: file(UNIT_CHANGE.id) },
      onset: isoSeconds(UNIT_CHANGE.onset),
      end: isoSeconds(UNIT_CHANGE.end),
      description:
        `Release ${UNIT_CHANGE.codeVersions[1]} of the clean job dropped the miles-to-km conversion: distance_km holds miles for every record ` +
        `until ${UNIT_CHANGE.codeVersions[2]} restored it.`,
      downstream: 'features.log_distance is log(distance_km), so it drops by log(1.609) = 0.476 for these flights, and predict.score moves with it.',
    },
  ];
}

/** Writes incidents.json and one flight_id list per incident; returns the manifest-relative path. */
export async function writeIncidents(root: string, flights: Flights, planted: PlantedRows): Promise<string> {
  const incidents = describeIncidents(planted);
  const lists: Record<string, Int32Array> = {
    [FEATURE_BUG.id]: planted.buggyDepHour,
    [MISSING_DESTINATION.id]: planted.nullDestination,
    [LABEL_DELAY.id]: planted.labelDelayed,
    [UNIT_CHANGE.id]: planted.unitChanged,
  };
  await mkdir(join(root, 'incidents'), { recursive: true });
  for (const incident of incidents) {
    const ids = Array.from(lists[incident.id], (f) => flights.ids[f]);
    await writeFile(join(root, incident.affected.file), ids.length ? ids.join('\n') + '\n' : '');
  }
  await writeFile(join(root, 'incidents.json'), JSON.stringify(incidents, null, 2) + '\n');
  return 'incidents.json';
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
