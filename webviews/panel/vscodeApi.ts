import type { PanelState, PanelToHost } from '../../core/protocol';

/** The API VS Code injects into a webview; typed for what the panel sends and keeps. */
export interface PanelApi {
  postMessage(message: PanelToHost): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}

declare function acquireVsCodeApi(): PanelApi;

/** Callable once per page load, so the entry point calls it and hands the API around. */
export function panelApi(): PanelApi {
  return acquireVsCodeApi();
}
