import type { PanelToHost, WhatIfPanelState, WhatIfToHost } from '../../core/protocol';
import type { PanelApi } from '../panel/vscodeApi';

/** The API VS Code injects, typed for what the What-If panel sends and keeps. */
export interface WhatIfApi {
  postMessage(message: PanelToHost | WhatIfToHost): void;
  getState(): WhatIfPanelState | undefined;
  setState(state: WhatIfPanelState): void;
}

declare function acquireVsCodeApi(): WhatIfApi;

/** Callable once per page load, so the entry point calls it and hands the API around. */
export function whatIfApi(): WhatIfApi {
  return acquireVsCodeApi();
}

/** The shared chart pieces only post messages; they never touch the panel's state. */
export function postingApi(api: WhatIfApi): PanelApi {
  return { postMessage: (message) => api.postMessage(message), getState: () => undefined, setState: () => undefined };
}
