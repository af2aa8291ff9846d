import type { WhatIfScope } from '../../protocol/whatif';

/** How a surface runs a what-if on a pipeline: its scope, cancellation and progress. */
export interface PipelineWhatIfOptions extends WhatIfScope {
  signal?: AbortSignal;
  onProgress?: (step: string, done: number, total: number) => void;
}
