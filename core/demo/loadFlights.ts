import type { Column, LogTable } from '../io/logTable';
import { findColumn } from '../io/logTable';
import { SightlineInputError } from '../io/errors';
import { readLogFile } from '../io/readLogFile';
import { TIMELINE } from './timeline';

/** A deterministic sample of the real flights, one entry per flight, in source (time) order. */
export interface Flights {
  count: number;
  /** Row in flights-3m.parquet: the stable identity behind flight_id and every random draw. */
  sourceRow: Int32Array;
  /** `F0001234`: the source row, so ids are stable across samples. */
  ids: string[];
  /** Scheduled departure, local wall-clock time as epoch ms. */
  time: Float64Array;
  /** Arrival delay in minutes (negative = early). */
  delay: Float64Array;
  distanceMiles: Float64Array;
  /** Codes into `airports`. */
  origin: Int32Array;
  destination: Int32Array;
  airports: string[];
  /** Rows in the source file; the sample keeps every n-th row of the demo period. */
  sourceRows: number;
}

export async function loadFlights(path: string, sampleEvery: number, signal?: AbortSignal): Promise<Flights> {
  const table = await readLogFile(path, { signal });
  const time = numbers(table, 'date', path);
  const delay = numbers(table, 'delay', path);
  const distance = numbers(table, 'distance', path);
  const origin = categories(table, 'origin', path);
  const destination = categories(table, 'destination', path);
  const airports: string[] = [];
  const originCodes = recode(origin, airports);
  const destinationCodes = recode(destination, airports);
  const rows = sampleRows(time, sampleEvery);
  const count = rows.length;
  const flights: Flights = {
    count,
    sourceRow: rows,
    ids: Array.from(rows, flightId),
    time: new Float64Array(count),
    delay: new Float64Array(count),
    distanceMiles: new Float64Array(count),
    origin: new Int32Array(count),
    destination: new Int32Array(count),
    airports,
    sourceRows: table.rowCount,
  };
  for (let i = 0; i < count; i++) {
    const row = rows[i];
    flights.time[i] = time[row];
    flights.delay[i] = delay[row];
    flights.distanceMiles[i] = distance[row];
    flights.origin[i] = lookup(originCodes, origin.codes[row]);
    flights.destination[i] = lookup(destinationCodes, destination.codes[row]);
  }
  return flights;
}

/** Maps a column's own dictionary onto the shared airport list; returns old code -> new code. */
function recode(column: Extract<Column, { type: 'category' }>, airports: string[]): Int32Array {
  const map = new Int32Array(column.dictionary.length);
  column.dictionary.forEach((code, i) => {
    let at = airports.indexOf(code);
    if (at < 0) at = airports.push(code) - 1;
    map[i] = at;
  });
  return map;
}

/**
 * Every n-th source row, within the demo period: the source ends with a few departures at
 * 2001-07-01T00:00 (24:00 on June 30), which would open a one-row July partition.
 */
function sampleRows(time: Float64Array, every: number): Int32Array {
  const rows: number[] = [];
  for (let row = 0; row < time.length; row += every) {
    if (time[row] >= TIMELINE.periodStart && time[row] < TIMELINE.periodEnd) rows.push(row);
  }
  return Int32Array.from(rows);
}

function lookup(map: Int32Array, code: number): number {
  return code < 0 ? -1 : map[code];
}

function numbers(table: LogTable, name: string, file: string): Float64Array {
  const column = findColumn(table, name);
  if (!column || column.type === 'category') throw missing(name, file);
  return column.values;
}

function categories(table: LogTable, name: string, file: string): Extract<Column, { type: 'category' }> {
  const column = findColumn(table, name);
  if (!column || column.type !== 'category') throw missing(name, file);
  return column;
}

function missing(name: string, file: string): SightlineInputError {
  return new SightlineInputError('demo.data-invalid', `${file} has no usable column "${name}"`, {
    file,
    column: name,
    hint: 'Reinstall vega-datasets: the demo expects flights-3m.parquet with date, delay, distance, origin, destination.',
  });
}

export function flightId(sourceRow: number): string {
  return `F${String(sourceRow).padStart(7, '0')}`;
}
