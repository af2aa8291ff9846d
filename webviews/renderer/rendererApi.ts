/**
 * The part of VS Code's notebook renderer API this renderer uses (the shape of
 * `vscode-notebook-renderer`), declared here so the webview layer needs no extra typings.
 */
export interface OutputItem {
  readonly id: string;
  readonly mime: string;
  readonly metadata: unknown;
  text(): string;
  json(): unknown;
}

export interface RendererContext<TState> {
  /** Present when the extension host listens (the renderer declares optional messaging). */
  postMessage?(message: unknown): void;
  onDidReceiveMessage?(listener: (message: unknown) => void): { dispose(): void };
  getState(): TState | undefined;
  setState(state: TState): void;
  readonly workspace: { readonly isTrusted: boolean };
}

export interface RendererApi {
  renderOutputItem(outputItem: OutputItem, element: HTMLElement, signal?: AbortSignal): void | Promise<void>;
  disposeOutputItem?(id?: string): void;
}

export type ActivationFunction<TState = unknown> = (context: RendererContext<TState>) => RendererApi;
