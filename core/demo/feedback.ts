import type { Flights } from './loadFlights';
import type { DemoTable } from './table';
import { demoTable } from './table';
import { HOUR_MS } from './calendar';
import { LABEL_DELAY, STREAM } from './plantedIncidents';
import { hashNormal, hashUniform } from './random';
import { isLate } from './referenceEncodings';
import { SEED } from './timeline';

/** Labels that never arrive, normally. */
export const LABEL_MISSING_SHARE = 0.07;
/** Reporting lag after arrival: lognormal, median 16 h, cut at a week. */
const REPORT_LAG_MEDIAN_HOURS = 16;
const REPORT_LAG_SIGMA = 0.9;
/** Reporting systems give up after a week: the lognormal tail is cut there. */
const REPORT_LAG_MAX_HOURS = 7 * 24;
const CRUISE_MPH = 450;
const TAXI_HOURS = 0.5;

export interface FeedbackOutput {
  /** Rows sorted by label_time (the order labels arrive in). */
  table: DemoTable;
  /** Flights under the label-delay incident, and which of them still got a (late) label. */
  delayed: Int32Array;
  delayedLabeled: Int32Array;
}

/**
 * One label per flight that reports: late = arrival delay > 15 min, at label_time = scheduled
 * departure + flight time + delay + reporting lag. Labels cover every ingested flight, including
 * those the pipeline dropped, since they come from the airline, not from the pipeline.
 */
export function buildFeedback(flights: Flights): FeedbackOutput {
  const ord = flights.airports.indexOf(LABEL_DELAY.airport);
  const rows: number[] = [];
  const labelTime: number[] = [];
  const delayed: number[] = [];
  const delayedLabeled: number[] = [];
  for (let f = 0; f < flights.count; f++) {
    const key = flights.sourceRow[f];
    const hit = flights.origin[f] === ord && flights.time[f] >= LABEL_DELAY.onset;
    if (hit) delayed.push(f);
    const missing = hitOr(hit, LABEL_DELAY.missingShare, LABEL_MISSING_SHARE);
    if (hashUniform(SEED, STREAM.labelMissing, key) < missing) continue;
    const drawn = REPORT_LAG_MEDIAN_HOURS * Math.exp(REPORT_LAG_SIGMA * hashNormal(SEED, STREAM.reportLag, key));
    const lagHours = Math.min(drawn, REPORT_LAG_MAX_HOURS);
    const arrival = flights.time[f] + (flights.distanceMiles[f] / CRUISE_MPH + TAXI_HOURS) * HOUR_MS + flights.delay[f] * 60_000;
    rows.push(f);
    // Whole seconds, as a reporting system would stamp them.
    labelTime.push(Math.round((arrival + hitOr(hit, LABEL_DELAY.lagFactor, 1) * lagHours * HOUR_MS) / 1000) * 1000);
    if (hit) delayedLabeled.push(f);
  }
  const order = Array.from(rows.keys()).sort((a, b) => labelTime[a] - labelTime[b] || a - b);
  const table = demoTable([
    { name: 'flight_id', type: 'string', values: order.map((k) => flights.ids[rows[k]]) },
    { name: 'label_time', type: 'time', values: Float64Array.from(order, (k) => labelTime[k]) },
    { name: 'late', type: 'bool', values: Float64Array.from(order, (k) => (isLate(flights, rows[k]) ? 1 : 0)) },
  ]);
  return { table, delayed: Int32Array.from(delayed), delayedLabeled: Int32Array.from(delayedLabeled) };
}

function hitOr(hit: boolean, during: number, otherwise: number): number {
  return hit ? during : otherwise;
}
