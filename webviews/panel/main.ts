import type { HostToPanel, OverviewResult } from '../../core/protocol';
import { OverviewView } from './overviewView';
import { PANEL_CSS } from './styles';
import { errorBanner, progressBanner, type BannerActions } from './statusBanner';
import { panelApi } from './vscodeApi';
import { watchThemeClass } from './panelTheme';
import { el } from '../shared/elements';

// Entry of the Pipeline Overview webview: draws what the host posts and keeps {request,
// result} in the webview state so a restored panel draws at once while the host recomputes.
const api = panelApi();
const app = document.getElementById('app') ?? document.body;
let view: OverviewView | undefined;
let forceLight = false;

const actions: BannerActions = {
  cancel: () => api.postMessage({ type: 'cancel' }),
  rerun: () => api.postMessage({ type: 'rerun' }),
  openFile: (path, line) => api.postMessage({ type: 'openFile', path, line }),
};

/** `from` marks whether the host's fresh result or the restored state is on screen (tests read it). */
function showResult(result: OverviewResult, from: 'host' | 'state'): void {
  document.body.dataset.resultFrom = from;
  view = new OverviewView(result, api);
  app.replaceChildren(view.root);
  void redraw();
}

async function redraw(): Promise<void> {
  if (!view) return;
  try {
    await view.draw(forceLight);
    document.body.dataset.chartsReady = 'true';
  } catch (error) {
    showBanner(errorBanner({ code: 'chart', message: `Could not draw the charts: ${error instanceof Error ? error.message : String(error)}` }, actions));
  }
}

/** Progress and errors sit above an existing result (it stays readable), or alone before one. */
function showBanner(banner: HTMLElement | undefined): void {
  if (view) view.banner.replaceChildren(...(banner ? [banner] : []));
  else app.replaceChildren(...(banner ? [banner] : []));
}

async function receive(message: HostToPanel): Promise<void> {
  switch (message.type) {
    case 'result':
      if (message.result.kind !== 'overview') return;
      api.setState({ request: message.request, result: message.result });
      showResult(message.result, 'host');
      return;
    case 'progress':
      delete document.body.dataset.chartsReady;
      showBanner(progressBanner(message.progress, actions));
      return;
    case 'error':
      showBanner(errorBanner(message.error, actions));
      return;
    case 'theme':
      forceLight = message.theme.forceLight;
      document.body.classList.toggle('force-light', forceLight);
      await redraw();
      return;
    case 'exportChart':
      await view?.chart(message.chart)?.exportImage(message.format);
      return;
    case 'copyResult': {
      if (!view) return;
      const text = message.format === 'json' ? JSON.stringify(view.result, null, 2) : (view.chart(undefined)?.csv() ?? '');
      api.postMessage({ type: 'copy', format: message.format, text });
      return;
    }
  }
}

document.head.append(el('style', { text: PANEL_CSS }));
const saved = api.getState();
if (saved?.result?.kind === 'overview') showResult(saved.result, 'state');
window.addEventListener('message', (event: MessageEvent<HostToPanel>) => void receive(event.data));
watchThemeClass(() => void redraw());
api.postMessage({ type: 'ready' });
