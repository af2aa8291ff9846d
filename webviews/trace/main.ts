import type { HostToPanel, LineageResult, TraceResult } from '../../core/protocol';
import { PANEL_CSS } from '../panel/styles';
import { errorBanner, progressBanner, type BannerActions } from '../panel/statusBanner';
import { panelApi } from '../panel/vscodeApi';
import { watchThemeClass } from '../panel/panelTheme';
import { el } from '../shared/elements';
import { DASHBOARD_CSS } from '../dashboard/styles';
import { TRACE_CSS } from './styles';
import { TraceView } from './traceView';
import { LineageView } from './lineageView';

// Entry of the Stage Trace webview: draws the trace the host posts and the record lineage it
// answers, and keeps {request, result, lineage} in the webview state so a restore draws at once.
const api = panelApi();
const app = document.getElementById('app') ?? document.body;
const traceSlot = el('div', { className: 'sl-trace-slot' });
let view: TraceView | undefined;
let forceLight = false;
const lineage = new LineageView(api, (result) => saveLineage(result));

const actions: BannerActions = {
  cancel: () => api.postMessage({ type: 'cancel' }),
  rerun: () => api.postMessage({ type: 'rerun' }),
  openFile: (path, line) => api.postMessage({ type: 'openFile', path, line }),
};

/** `from` marks whether the host's fresh result or the restored state is on screen (tests read it). */
function showResult(result: TraceResult, from: 'host' | 'state'): void {
  document.body.dataset.resultFrom = from;
  document.body.dataset.kind = result.kind;
  delete document.body.dataset.incident;
  delete document.body.dataset.firstStage;
  view = new TraceView(result, api);
  traceSlot.replaceChildren(view.root);
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

function showBanner(banner: HTMLElement | undefined): void {
  if (view) view.banner.replaceChildren(...(banner ? [banner] : []));
  else traceSlot.replaceChildren(...(banner ? [banner] : []));
}

function saveLineage(result: LineageResult): void {
  const state = api.getState();
  if (state) api.setState({ ...state, lineage: result });
}

async function receive(message: HostToPanel): Promise<void> {
  switch (message.type) {
    case 'result':
      if (message.result.kind !== 'trace') return;
      api.setState({ request: message.request, result: message.result, ...(lineage.result ? { lineage: lineage.result } : {}) });
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
    case 'selectIncident':
      view?.selectIncidentByAlert(message.alert);
      return;
    case 'lineageKeys':
      lineage.setExamples(message.keys);
      return;
    case 'lineage':
      lineage.show(message.result);
      return;
    case 'lineageFailed':
      lineage.failed(message.key, message.error);
      return;
    default:
      return;
  }
}

document.head.append(el('style', { text: PANEL_CSS + DASHBOARD_CSS + TRACE_CSS }));
app.replaceChildren(el('div', { className: 'dashboard' }, traceSlot, lineage.root));
const saved = api.getState();
if (saved?.result?.kind === 'trace') showResult(saved.result, 'state');
if (saved?.lineage) lineage.show(saved.lineage);
window.addEventListener('message', (event: MessageEvent<HostToPanel>) => void receive(event.data));
watchThemeClass(() => void redraw());
api.postMessage({ type: 'ready' });
