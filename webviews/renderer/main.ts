import type { RendererToHost, SightlineResult } from '../../core/protocol';
import type { ActivationFunction } from './rendererApi';
import { ResultView } from './resultView';
import { RENDERER_CSS } from './styles';
import { watchTheme } from './notebookTheme';
import { HostCapabilities } from './hostCapabilities';

const KINDS: readonly SightlineResult['kind'][] = ['inspect', 'overview', 'monitor', 'drift', 'slices', 'slice-diff', 'trace', 'lineage', 'whatif'];

// Entry of the `sightline.renderer` notebook renderer: draws Sightline results (inspect,
// overview, monitor, drift, slices, slice-diff, trace, lineage, whatif) in notebook outputs, following the editor's theme.
export const activate: ActivationFunction = (context) => {
  const views = new Map<string, ResultView>();
  const post = context.postMessage ? (message: RendererToHost) => context.postMessage?.(message) : undefined;
  const host = new HostCapabilities();
  context.onDidReceiveMessage?.((message) => host.receive(message));
  if (post) host.ask(post);
  addStyles();
  watchTheme(() => {
    for (const view of views.values()) void view.restyle();
  });

  return {
    async renderOutputItem(outputItem, element) {
      views.get(outputItem.id)?.dispose();
      views.delete(outputItem.id);
      let result: SightlineResult;
      try {
        result = parseResult(outputItem.json());
      } catch (error) {
        showError(element, error);
        return;
      }
      if (post) host.ask(post);
      const view = new ResultView(result, post, host, outputIdOf(outputItem.metadata));
      views.set(outputItem.id, view);
      element.replaceChildren(view.root);
      try {
        await view.draw();
      } catch (error) {
        showError(element, error);
      }
    },
    disposeOutputItem(id) {
      for (const [key, view] of views) {
        if (id !== undefined && key !== id) continue;
        view.dispose();
        views.delete(key);
      }
    },
  };
};

function parseResult(value: unknown): SightlineResult {
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
  if (!KINDS.includes(kind as SightlineResult['kind'])) throw new Error('this output does not hold a Sightline result');
  return value as SightlineResult;
}

/** The id the host put in the output's metadata (see extension/notebook/cellOutput.ts). */
function outputIdOf(metadata: unknown): string | undefined {
  const id = typeof metadata === 'object' && metadata !== null ? (metadata as { sightlineOutput?: unknown }).sightlineOutput : undefined;
  return typeof id === 'string' ? id : undefined;
}

function addStyles(): void {
  if (document.getElementById('sightline-renderer-css')) return;
  const style = document.createElement('style');
  style.id = 'sightline-renderer-css';
  style.textContent = RENDERER_CSS;
  document.head.append(style);
}

function showError(element: HTMLElement, error: unknown): void {
  const message = document.createElement('p');
  message.style.color = 'var(--vscode-errorForeground)';
  message.textContent = `Sightline could not draw this result: ${error instanceof Error ? error.message : String(error)}`;
  element.replaceChildren(message);
}
