import type * as vscode from 'vscode';
import type { AnalysisRequest, ErrorInfo, ProgressInfo, SightlineResult, TimeBucketName, TimeRangeMs } from '../../core/protocol';
import type { SliceExplorerRequest, SliceExplorerResults, SlicesRequest } from '../../core/protocol/sliceExplorer';
import type { AnalysisClient } from '../analysis/analysisClient';
import { AnalysisError } from '../analysis/analysisClient';
import { errorInfoOf } from '../analysis/resultStates';
import { withAnalysisProgress } from '../analysis/runWithProgress';
import { sliceProgressTitle } from './sliceExplorerState';
import { alertWindows } from './sliceAlertWindows';

export interface ComputeOptions {
  token: vscode.CancellationToken;
  onProgress: (progress: ProgressInfo) => void;
}

/**
 * Asks the worker for what the explorer shows. For an alert: the monitoring reference (unless
 * given), the stage's slices of change from it to the alert's windows, and the error slices of
 * those windows; a part that cannot be computed (no labels, say) becomes a note, and only when
 * every part fails does the whole fail.
 */
export async function computeSliceExplorer(analysis: AnalysisClient, request: SliceExplorerRequest, options: ComputeOptions): Promise<SliceExplorerResults> {
  const title = sliceProgressTitle(request);
  const run = async <K extends SightlineResult['kind']>(r: AnalysisRequest, kind: K): Promise<Extract<SightlineResult, { kind: K }>> => {
    const response = await withAnalysisProgress(analysis, r, title, options);
    if (response.kind !== 'result' || response.result.kind !== kind) throw new Error(`unexpected ${response.kind} response`);
    return response.result as Extract<SightlineResult, { kind: K }>;
  };
  if (request.kind === 'slices') return { slices: await run(request, 'slices'), slicesRequest: request, notes: [] };
  const { reference, bucket } = await monitoringWindows(request, () => run({ kind: 'monitor', target: request.target, performance: false }, 'monitor'));
  const ranges = alertWindows(request.alert, reference, bucket);
  const notes: string[] = [];
  const failures: unknown[] = [];
  const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (isCancelled(error)) throw error;
      failures.push(error);
      notes.push(`${what}: ${describe(errorInfoOf(error))}`);
      return undefined;
    }
  };
  const diff = await attempt('What moved could not be computed', () => run({ kind: 'sliceDiff', target: request.target, stage: request.alert.stage, ...ranges }, 'slice-diff'));
  const slicesRequest: SlicesRequest = { kind: 'slices', target: request.target, ...ranges.current };
  const slices = await attempt('Error slices of the alert windows are not available', () => run(slicesRequest, 'slices'));
  if (!diff && !slices) throw failures[0];
  return { ...(diff ? { diff } : {}), ...(slices ? { slices, slicesRequest } : {}), notes };
}

async function monitoringWindows(request: Extract<SliceExplorerRequest, { kind: 'sliceAlert' }>, monitor: () => Promise<{ reference: TimeRangeMs; bucket: TimeBucketName }>): Promise<{ reference: TimeRangeMs; bucket: TimeBucketName }> {
  if (request.reference && request.bucket) return { reference: request.reference, bucket: request.bucket };
  const result = await monitor();
  return { reference: request.reference ?? { start: result.reference.start, end: result.reference.end }, bucket: request.bucket ?? result.bucket };
}

function isCancelled(error: unknown): boolean {
  return error instanceof AnalysisError && error.info.cancelled === true;
}

function describe(info: ErrorInfo): string {
  return info.hint ? `${info.message} (${info.hint})` : info.message;
}
