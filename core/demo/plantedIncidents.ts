import { dayStart } from './calendar';

/**
 * The failures planted on top of the real data. Their ground truth goes to incidents.json;
 * later detectors are scored against it, so nothing here is tuned to be easy to find.
 */
export const FEATURE_BUG = {
  id: 'features-dep-hour-tx',
  onset: dayStart('2001-04-15'),
  state: 'TX',
  /** dep_hour read from a UTC clock for Central Daylight Time origins: local + 5 h. */
  hourShift: 5,
  codeVersionBefore: 'features@2.0.3',
  codeVersionAfter: 'features@2.1.0',
} as const;

export const MISSING_DESTINATION = {
  id: 'ingest-null-destination',
  onset: dayStart('2001-05-08'),
  end: dayStart('2001-05-10'),
  /** Share of records in the window whose destination arrives empty. */
  share: 0.35,
} as const;

export const LABEL_DELAY = {
  id: 'feedback-lag-ord',
  onset: dayStart('2001-05-20'),
  airport: 'ORD',
  lagFactor: 10,
  /** Labels that never arrive, up from the usual share (LABEL_LAG.missingShare). */
  missingShare: 0.25,
} as const;

export const UNIT_CHANGE = {
  id: 'clean-distance-km-in-miles',
  onset: dayStart('2001-06-11'),
  end: dayStart('2001-06-21'),
  codeVersions: ['clean@1.3.2', 'clean@1.4.0', 'clean@1.4.1'],
} as const;

/** Streams for hashUniform / hashNormal, one per independent draw. */
export const STREAM = {
  missingDestination: 1,
  labelMissing: 2,
  reportLag: 3,
} as const;
