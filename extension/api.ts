import type { AnalysisRequest, AnalysisResponse } from '../core/protocol';

/** What `activate` returns: for scripts and other extensions, and for the integration tests. */
export interface SightlineExtensionApi {
  /** How long activation took, in ms. */
  activationMs: number;
  /** Runs an analysis in the worker thread, as the commands do. */
  analyze(request: AnalysisRequest): Promise<AnalysisResponse>;
}
