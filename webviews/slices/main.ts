import type { HostToSliceExplorer, SliceExplorerRequest, SliceExplorerResults, SliceRef } from '../../core/protocol/sliceExplorer';
import { PANEL_CSS } from '../panel/styles';
import { errorBanner, progressBanner, type BannerActions } from '../panel/statusBanner';
import { watchThemeClass } from '../panel/panelTheme';
import { el } from '../shared/elements';
import { DASHBOARD_CSS } from '../dashboard/styles';
import { postingApi, sliceApi } from './sliceApi';
import { SLICES_CSS } from './styles';
import { SlicesView } from './slicesView';
import type { SliceSelection } from './slicesSection';

// Entry of the Slice Explorer webview: draws the results the host posts and keeps
// {request, results, selected} in the webview state so a restored panel draws at once.
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

const requestProfile = (ref: SliceRef) => {
  delete document.body.dataset.profileReady;
  api.postMessage({ type: 'requestProfile', ...ref });
};

const selection: SliceSelection = {
  openInNotebook: (ref) => api.postMessage({ type: 'openInNotebook', ...ref }),
  whatIf: (ref) => api.postMessage({ type: 'whatIf', ...ref }),
  onSelect: (ref) => {
    const state = api.getState();
    if (state) api.setState({ ...state, selected: ref });
    requestProfile(ref);
  },
  profileActions: {
    cancel: () => api.postMessage({ type: 'cancel' }),
    rerun: () => {
      const ref = view?.slices?.current;
      if (ref) requestProfile(ref);
    },
    openFile: actions.openFile,
  },
};

/**
 * `from` marks whether the host's fresh results or the restored state are on screen (tests read it).
 * The saved selection (else slice #1) is selected; its profile is asked for once the host's results are on screen.
 */
function showResults(request: SliceExplorerRequest, results: SliceExplorerResults, from: 'host' | 'state', selected: SliceRef | undefined): void {
  document.body.dataset.resultFrom = from;
  document.body.dataset.kind = request.kind;
  delete document.body.dataset.selectedSlice;
  view = new SlicesView(request, results, posting, selection);
  app.replaceChildren(view.root);
  const slices = view.slices;
  if (slices && !(selected && slices.select(selected, from === 'host'))) slices.select({ list: 'top', index: 0 }, from === 'host');
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
    case 'results': {
      const selected = api.getState()?.selected;
      api.setState({ request: message.request, results: message.results, ...(selected ? { selected } : {}) });
      showResults(message.request, message.results, 'host', selected);
      return;
    }
    case 'profile': {
      const slices = view?.slices;
      const slice = slices?.selectedSlice(message.slice);
      if (!slices || !slice) return;
      slices.profile.show(message.slice, slice, message.profile);
      await slices.profile.draw(forceLight);
      document.body.dataset.profileReady = 'true';
      return;
    }
    case 'profileProgress': {
      const slice = view?.slices?.selectedSlice(message.slice);
      if (slice) view?.slices?.profile.progress(message.slice, slice, message.progress);
      return;
    }
    case 'profileFailed': {
      const slice = view?.slices?.selectedSlice(message.slice);
      if (slice) view?.slices?.profile.fail(message.slice, slice, message.error);
      return;
    }
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
if (saved?.results) showResults(saved.request, saved.results, 'state', saved.selected);
window.addEventListener('message', (event: MessageEvent<HostToSliceExplorer>) => void receive(event.data));
watchThemeClass(() => void redraw());
api.postMessage({ type: 'ready' });
