import type { ErrorInfo } from '../../core/protocol';

/** One target's analysis: `loading` keeps the previous result so views do not flicker while it reruns. */
export type ResultState<R> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: R }
  | { status: 'ready'; result: R }
  | { status: 'error'; error: ErrorInfo };
