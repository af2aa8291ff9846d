import type { Flights } from './loadFlights';
import type { DemoTable } from './table';
import { demoTable } from './table';
import { MISSING_DESTINATION, STREAM } from './plantedIncidents';
import { hashUniform } from './random';
import { SEED } from './timeline';

export interface IngestOutput {
  table: DemoTable;
  /** Flight indices whose destination was blanked (incident). */
  nullDestination: Int32Array;
}

/** The records as received: one row per sampled flight. */
export function buildIngest(flights: Flights): IngestOutput {
  const n = flights.count;
  const destination = new Array<string | null>(n);
  const blanked: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = flights.destination[i];
    destination[i] = code < 0 ? null : flights.airports[code];
    if (blanksDestination(flights, i)) {
      destination[i] = null;
      blanked.push(i);
    }
  }
  const table = demoTable([
    { name: 'flight_id', type: 'string', values: flights.ids },
    { name: 'event_time', type: 'time', values: flights.time },
    { name: 'origin', type: 'string', values: Array.from(flights.origin, (c) => (c < 0 ? null : flights.airports[c])) },
    { name: 'destination', type: 'string', values: destination },
    { name: 'distance', type: 'int', values: flights.distanceMiles },
  ]);
  return { table, nullDestination: Int32Array.from(blanked) };
}

function blanksDestination(flights: Flights, i: number): boolean {
  const t = flights.time[i];
  if (t < MISSING_DESTINATION.onset || t >= MISSING_DESTINATION.end) return false;
  return hashUniform(SEED, STREAM.missingDestination, flights.sourceRow[i]) < MISSING_DESTINATION.share;
}
