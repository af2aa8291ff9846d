import type { HostToPanel, MonitorResult, DriftResult } from '../../core/protocol';
import { PANEL_CSS } from '../panel/styles';
import { errorBanner, progressBanner, type BannerActions } from '../panel/statusBanner';
import { panelApi } from '../panel/vscodeApi';
import { watchThemeClass } from '../panel/panelTheme';
import { el } from '../shared/elements';
import { DASHBOARD_CSS } from './styles';
import { MonitorView } from './monitorView';
import { DriftView } from './driftView';

// Entry of the monitoring dashboard webview: draws the monitor or drift result the host posts
// and keeps {request, result} in the webview state so a restored panel draws at once.
const api = panelApi();
const app = document.getElementById('app') ?? document.body;
let view: MonitorView | DriftView | undefined;
let forceLight = false;

const actions: BannerActions = {
  cancel: () => api.postMessage({ type: 'cancel' }),
  rerun: () => api.postMessage({ type: 'rerun' }),
  openFile: (path, line) => api.postMessage({ type: 'openFile', path, line }),
};

/** `from` marks whether the host's fresh result or the restored state is on screen (tests read it). */
function showResult(result: MonitorResult | DriftResult, from: 'host' | 'state'): void {
  document.body.dataset.resultFrom = from;
  document.body.dataset.kind = result.kind;
  delete document.body.dataset.selected;
  delete document.body.dataset.distribution;
  view = result.kind === 'monitor' ? new MonitorView(result, api) : new DriftView(result, api);
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
      if (message.result.kind !== 'monitor' && message.result.kind !== 'drift') return;
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
    case 'selectAlert':
      if (view instanceof MonitorView) view.selectAlertById(message.alert);
      return;
    case 'distribution':
      if (view instanceof MonitorView) await view.showDistribution(message.query, message.distribution);
      return;
    case 'distributionFailed':
      if (view instanceof MonitorView) view.distributionFailed(message.query, message.error);
      return;
  }
}

document.head.append(el('style', { text: PANEL_CSS + DASHBOARD_CSS }));
const saved = api.getState();
if (saved?.result?.kind === 'monitor' || saved?.result?.kind === 'drift') showResult(saved.result, 'state');
window.addEventListener('message', (event: MessageEvent<HostToPanel>) => void receive(event.data));
watchThemeClass(() => void redraw());
api.postMessage({ type: 'ready' });
