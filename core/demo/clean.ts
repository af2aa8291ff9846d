import type { Airport } from './airports';
import type { Flights } from './loadFlights';
import type { DemoTable } from './table';
import { demoTable } from './table';
import { hourOfDay } from './calendar';
import { UNIT_CHANGE } from './plantedIncidents';

export const KM_PER_MILE = 1.609344;

export interface CleanOutput {
  /** Flight index of each clean row. */
  flights: Int32Array;
  originState: string[];
  destState: string[];
  distanceKm: Float64Array;
  table: DemoTable;
  /** Flight indices whose distance_km holds miles (incident). */
  unitChanged: Int32Array;
}

/**
 * Joins both airports (inner join: a record whose origin or destination is missing or unknown
 * is dropped, as the clean job in this story does) and converts miles to km.
 */
export function buildClean(flights: Flights, airports: Map<string, Airport>, nullDestination: Int32Array): CleanOutput {
  const blanked = new Set(nullDestination);
  const byCode = flights.airports.map((code) => airports.get(code));
  const rows: number[] = [];
  for (let i = 0; i < flights.count; i++) {
    if (blanked.has(i) || !byCode[flights.origin[i]] || !byCode[flights.destination[i]]) continue;
    rows.push(i);
  }
  const n = rows.length;
  const origin = (i: number): Airport => byCode[flights.origin[rows[i]]] as Airport;
  const dest = (i: number): Airport => byCode[flights.destination[rows[i]]] as Airport;
  const distanceKm = new Float64Array(n);
  const unitChanged: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = rows[i];
    const t = flights.time[f];
    const inWindow = t >= UNIT_CHANGE.onset && t < UNIT_CHANGE.end;
    // clean@1.4.0 dropped the conversion: the column keeps its name and holds miles.
    distanceKm[i] = inWindow ? flights.distanceMiles[f] : round(flights.distanceMiles[f] * KM_PER_MILE, 1);
    if (inWindow) unitChanged.push(f);
  }
  const originState = Array.from({ length: n }, (_, i) => origin(i).state);
  const destState = Array.from({ length: n }, (_, i) => dest(i).state);
  const table = demoTable([
    { name: 'flight_id', type: 'string', values: rows.map((f) => flights.ids[f]) },
    { name: 'event_time', type: 'time', values: Float64Array.from(rows, (f) => flights.time[f]) },
    { name: 'origin', type: 'string', values: rows.map((f) => flights.airports[flights.origin[f]]) },
    { name: 'destination', type: 'string', values: rows.map((f) => flights.airports[flights.destination[f]]) },
    { name: 'origin_state', type: 'string', values: originState },
    { name: 'dest_state', type: 'string', values: destState },
    { name: 'origin_lat', type: 'float', values: Float64Array.from({ length: n }, (_, i) => origin(i).latitude) },
    { name: 'origin_lon', type: 'float', values: Float64Array.from({ length: n }, (_, i) => origin(i).longitude) },
    { name: 'dest_lat', type: 'float', values: Float64Array.from({ length: n }, (_, i) => dest(i).latitude) },
    { name: 'dest_lon', type: 'float', values: Float64Array.from({ length: n }, (_, i) => dest(i).longitude) },
    { name: 'distance_km', type: 'float', values: distanceKm },
    // The local scheduled departure hour: the features job derives its own dep_hour, so a bug
    // there (features@2.1.0) can be undone from this one, record by record.
    { name: 'dep_hour', type: 'int', values: Float64Array.from(rows, (f) => hourOfDay(flights.time[f])) },
  ]);
  return { flights: Int32Array.from(rows), originState, destState, distanceKm, table, unitChanged: Int32Array.from(unitChanged) };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
