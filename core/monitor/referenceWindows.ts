import type { TimeBucket } from '../engine/engine';
import type { Pipeline } from '../io/pipeline';
import type { MonitorReference } from './types';
import { BUCKET_MS as SIZE } from '../protocol';

/** Windows used as reference when the pipeline states no time range. */
export const DEFAULT_REFERENCE_WINDOWS = 7;


/** The reference as a time interval: the pipeline's range, else the first N windows of all data. */
export function monitorReference(pipeline: Pipeline, windows: number[], bucket: TimeBucket, firstN = DEFAULT_REFERENCE_WINDOWS): MonitorReference {
  if (pipeline.reference?.kind === 'range') return { source: 'range', start: pipeline.reference.start, end: pipeline.reference.end };
  const first = windows[0] ?? 0;
  return { source: 'first-windows', windows: firstN, start: first, end: first + firstN * SIZE[bucket] };
}

/** A window belongs to the reference when it lies wholly inside it. */
export function isReferenceWindow(start: number, bucket: TimeBucket, reference: MonitorReference): boolean {
  return start >= reference.start && start + SIZE[bucket] <= reference.end;
}

/** A window's number counted from 1970, so windows of different series line up. */
export function windowNumber(start: number, bucket: TimeBucket): number {
  return Math.round(start / SIZE[bucket]);
}
