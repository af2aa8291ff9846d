import type { HostToSliceExplorer, SliceExplorerRequest, SliceExplorerResults } from '../../core/protocol/sliceExplorer';
import { PANEL_CSS } from '../panel/styles';
import { errorBanner, progressBanner, type BannerActions } from '../panel/statusBanner';
import { watchThemeClass } from '../panel/panelTheme';
import { el } from '../shared/elements';
import { DASHBOARD_CSS } from '../dashboard/styles';
import { postingApi, sliceApi } from './sliceApi';
import { SLICES_CSS } from './styles';
import { SlicesView } from './slicesView';

// Entry of the Slice Explorer webview: draws the results the host posts and keeps
// {request, results} in the webview state so a restored panel draws at once.
const api = sliceApi();
const posting = postingApi(api);
const app = document.getElementById('app') ?? document.body;
let view: SlicesView | undefined;
let forceLight = false;

const actions: BannerActions = {
  cancel: () => api.postMessage({ type: 'cancel' }),
  rerun: () => api.postMessage({ type: 'rerun' }),
  openFile: (path, line) => api.postMessage({ type: 'openFile', path, line }),
};

/** `from` marks whether the host's fresh results or the restored state are on screen (tests read it). */
function showResults(request: SliceExplorerRequest, results: SliceExplorerResults, from: 'host' | 'state'): void {
  document.body.dataset.resultFrom = from;
  document.body.dataset.kind = request.kind;
  delete document.body.dataset.selectedSlice;
  view = new SlicesView(request, results, posting, (ref) => api.postMessage({ type: 'openInNotebook', ...ref }));
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

/** Progress and errors sit above existing results (they stay readable), or alone before any. */
function showBanner(banner: HTMLElement | undefined): void {
  if (view) view.banner.replaceChildren(...(banner ? [banner] : []));
  else app.replaceChildren(...(banner ? [banner] : []));
}

async function receive(message: HostToSliceExplorer): Promise<void> {
  switch (message.type) {
    case 'results':
      api.setState({ request: message.request, results: message.results });
      showResults(message.request, message.results, 'host');
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
  }
}

document.head.append(el('style', { text: PANEL_CSS + DASHBOARD_CSS + SLICES_CSS }));
const saved = api.getState();
if (saved?.results) showResults(saved.request, saved.results, 'state');
window.addEventListener('message', (event: MessageEvent<HostToSliceExplorer>) => void receive(event.data));
watchThemeClass(() => void redraw());
api.postMessage({ type: 'ready' });
