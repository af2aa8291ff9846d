import type { Engine, TimeBucket } from '../engine/engine';

/** A run of windows served by one model version: [from, to) positions in the stage's windows. */
export interface VersionSegment {
  version: string;
  from: number;
  to: number;
}

/**
 * The stage's windows cut where the model version that served most of a window's predictions
 * changes. Windows without a version continue the segment before them.
 */
export async function versionSegments(engine: Engine, stage: string, request: { time: string; bucket: TimeBucket; column: string }, starts: number[]): Promise<VersionSegment[]> {
  const rows = await engine.groupAggregate(stage, {
    by: [{ column: request.time, bucket: request.bucket }, { column: request.column }],
    aggregates: { n: { op: 'count' } },
  });
  const dominant = new Map<number, { version: string; n: number }>();
  for (const row of rows) {
    const start = row.keys[request.time];
    const version = row.keys[request.column];
    if (start === null || version === null) continue;
    const n = row.values.n ?? 0;
    const best = dominant.get(Number(start));
    if (!best || n > best.n) dominant.set(Number(start), { version: String(version), n });
  }
  const segments: VersionSegment[] = [];
  starts.forEach((start, w) => {
    const version = dominant.get(start)?.version;
    const open = segments[segments.length - 1];
    if (!open) segments.push({ version: version ?? '', from: w, to: w + 1 });
    else if (version === undefined || version === open.version || open.version === '') {
      open.to = w + 1;
      if (open.version === '' && version !== undefined) open.version = version;
    } else segments.push({ version, from: w, to: w + 1 });
  });
  return segments;
}
