import { dayStart } from './calendar';

/** The dates that shape the demo pipeline's history (half-open ranges, UTC). */
export const TIMELINE = {
  periodStart: dayStart('2001-01-01'),
  periodEnd: dayStart('2001-07-01'),
  /** Model v1 is trained on, and target encodings computed from, January. */
  referenceStart: dayStart('2001-01-01'),
  referenceEnd: dayStart('2001-02-01'),
  /** Model v2 is trained on March. */
  retrainStart: dayStart('2001-03-01'),
  retrainEnd: dayStart('2001-04-01'),
  /** v2 scores from here on; v1 keeps scoring in shadow. */
  rollout: dayStart('2001-04-01'),
} as const;

export const SEED = 20010101;

/** A flight "arrives late" when its arrival delay exceeds this many minutes (the FAA's rule). */
export const LATE_MINUTES = 15;
