import type { Flights } from './loadFlights';
import { LATE_MINUTES, TIMELINE } from './timeline';

/** What the features stage learned once from the reference month (January) and then froze. */
export interface ReferenceEncodings {
  /** 1 for the 20 busiest origin airports in January, by airport code. */
  hub: Uint8Array;
  /** Smoothed share of late arrivals by origin / destination airport code; unseen -> global. */
  originLateRate: Float64Array;
  destLateRate: Float64Array;
  globalLateRate: number;
}

const HUB_COUNT = 20;
/** Pseudo-count pulling small airports' rates toward the global rate. */
const SMOOTHING = 20;

export function isLate(flights: Flights, f: number): boolean {
  return flights.delay[f] > LATE_MINUTES;
}

export function referenceEncodings(flights: Flights, cleanRows: Int32Array): ReferenceEncodings {
  const size = flights.airports.length;
  const originCount = new Float64Array(size);
  const originLate = new Float64Array(size);
  const destCount = new Float64Array(size);
  const destLate = new Float64Array(size);
  let total = 0;
  let late = 0;
  for (const f of cleanRows) {
    const t = flights.time[f];
    if (t < TIMELINE.referenceStart || t >= TIMELINE.referenceEnd) continue;
    const y = isLate(flights, f) ? 1 : 0;
    originCount[flights.origin[f]]++;
    originLate[flights.origin[f]] += y;
    destCount[flights.destination[f]]++;
    destLate[flights.destination[f]] += y;
    total++;
    late += y;
  }
  const globalLateRate = total ? late / total : 0;
  const smooth = (lates: Float64Array, counts: Float64Array): Float64Array =>
    lates.map((l, a) => (l + SMOOTHING * globalLateRate) / (counts[a] + SMOOTHING));
  return {
    hub: topAirports(originCount, HUB_COUNT),
    originLateRate: smooth(originLate, originCount),
    destLateRate: smooth(destLate, destCount),
    globalLateRate,
  };
}

function topAirports(counts: Float64Array, k: number): Uint8Array {
  const order = Array.from(counts.keys()).sort((a, b) => counts[b] - counts[a] || a - b);
  const hub = new Uint8Array(counts.length);
  for (const a of order.slice(0, k)) if (counts[a] > 0) hub[a] = 1;
  return hub;
}
