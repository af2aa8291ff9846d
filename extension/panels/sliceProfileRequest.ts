import type { AnalysisRequest, SliceFinding } from '../../core/protocol';
import type { SliceExplorerResults, SliceRef } from '../../core/protocol/sliceExplorer';

export type SliceProfileRequest = Extract<AnalysisRequest, { kind: 'sliceProfile' }>;

/** The slice a reference names in the explorer's results, if it is there. */
export function sliceAt(results: SliceExplorerResults | undefined, ref: SliceRef): SliceFinding | undefined {
  const slices = results?.slices;
  return slices ? (ref.list === 'top' ? slices.slices : slices.significantSmall)[ref.index] : undefined;
}

/**
 * The profile of a slice on the rows its search ran on: the request the slices answer (for an
 * alert, its windows), so range and features, hence the feature encoding, are the search's.
 */
export function sliceProfileRequest(results: SliceExplorerResults | undefined, ref: SliceRef): SliceProfileRequest | undefined {
  const slice = sliceAt(results, ref);
  const searched = results?.slicesRequest;
  if (!slice || !searched) return undefined;
  const { target, start, end, features } = searched;
  return { kind: 'sliceProfile', target, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}), ...(features ? { features } : {}), predicates: slice.predicates };
}
