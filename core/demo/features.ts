import type { CleanOutput } from './clean';
import type { Flights } from './loadFlights';
import type { ReferenceEncodings } from './referenceEncodings';
import type { DemoTable } from './table';
import { columnNamed, demoTable } from './table';
import { dayOfWeek, hourOfDay } from './calendar';
import { FEATURE_BUG } from './plantedIncidents';

export interface FeatureOutput {
  /** Flight index of each row (same rows as clean). */
  flights: Int32Array;
  depHour: Float64Array;
  dayOfWeek: Float64Array;
  logDistance: Float64Array;
  originHub: Float64Array;
  originPriorDelayRate: Float64Array;
  destPriorDelayRate: Float64Array;
  table: DemoTable;
  /** Flight indices whose dep_hour is wrong (incident). */
  buggyDepHour: Int32Array;
}

export function buildFeatures(flights: Flights, clean: CleanOutput, encodings: ReferenceEncodings): FeatureOutput {
  const n = clean.flights.length;
  const depHour = new Float64Array(n);
  const dow = new Float64Array(n);
  const logDistance = new Float64Array(n);
  const originHub = new Float64Array(n);
  const originRate = new Float64Array(n);
  const destRate = new Float64Array(n);
  const buggy: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = clean.flights[i];
    const t = flights.time[f];
    depHour[i] = hourOfDay(t);
    if (t >= FEATURE_BUG.onset && clean.originState[i] === FEATURE_BUG.state) {
      depHour[i] = (depHour[i] + FEATURE_BUG.hourShift) % 24;
      buggy.push(f);
    }
    dow[i] = dayOfWeek(t);
    logDistance[i] = Math.log(clean.distanceKm[i]);
    originHub[i] = encodings.hub[flights.origin[f]];
    originRate[i] = encodings.originLateRate[flights.origin[f]];
    destRate[i] = encodings.destLateRate[flights.destination[f]];
  }
  const table = demoTable([
    columnNamed(clean.table, 'flight_id'),
    columnNamed(clean.table, 'event_time'),
    { name: 'dep_hour', type: 'int', values: depHour },
    { name: 'day_of_week', type: 'int', values: dow },
    { name: 'log_distance', type: 'float', values: logDistance },
    { name: 'origin_state', type: 'string', values: clean.originState },
    { name: 'origin_hub', type: 'bool', values: originHub },
    { name: 'origin_prior_delay_rate', type: 'float', values: originRate },
    { name: 'dest_prior_delay_rate', type: 'float', values: destRate },
  ]);
  return {
    flights: clean.flights,
    depHour,
    dayOfWeek: dow,
    logDistance,
    originHub,
    originPriorDelayRate: originRate,
    destPriorDelayRate: destRate,
    table,
    buggyDepHour: Int32Array.from(buggy),
  };
}
