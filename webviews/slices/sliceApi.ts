import type { PanelToHost } from '../../core/protocol';
import type { SliceExplorerState, SliceExplorerToHost } from '../../core/protocol/sliceExplorer';
import type { PanelApi } from '../panel/vscodeApi';

/** The API VS Code injects, typed for what the Slice Explorer sends and keeps. */
export interface SliceApi {
  postMessage(message: PanelToHost | SliceExplorerToHost): void;
  getState(): SliceExplorerState | undefined;
  setState(state: SliceExplorerState): void;
}

declare function acquireVsCodeApi(): SliceApi;

/** Callable once per page load, so the entry point calls it and hands the API around. */
export function sliceApi(): SliceApi {
  return acquireVsCodeApi();
}

/** The shared chart and header pieces only post messages; they never touch the explorer's state. */
export function postingApi(api: SliceApi): PanelApi {
  return { postMessage: (message) => api.postMessage(message), getState: () => undefined, setState: () => undefined };
}
