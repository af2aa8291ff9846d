import { BUCKET_MS, type TimeBucketName, type TimeRangeMs } from '../../core/protocol';
import type { SliceAlert } from '../../core/protocol/sliceExplorer';

/**
 * The two ranges an alert's "what moved" compares: the monitoring reference, and the alert's
 * windows from its onset to the end of its last window (end exclusive).
 */
export function alertWindows(alert: SliceAlert, reference: TimeRangeMs, bucket: TimeBucketName): { reference: TimeRangeMs; current: TimeRangeMs } {
  return { reference, current: { start: alert.onset, end: alert.last + BUCKET_MS[bucket] } };
}
