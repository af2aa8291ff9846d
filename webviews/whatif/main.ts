import type { HostToWhatIf, WhatIfPanelState, WhatIfRun, WhatIfSetup } from '../../core/protocol';
import { DASHBOARD_CSS } from '../dashboard/styles';
import type { FigureChart } from '../dashboard/figureChart';
import { dashboardHeader } from '../dashboard/header';
import { watchThemeClass } from '../panel/panelTheme';
import { errorBanner, progressBanner, type BannerActions } from '../panel/statusBanner';
import { PANEL_CSS } from '../panel/styles';
import { el } from '../shared/elements';
import { compareSection } from './compareSection';
import { ResultView } from './resultView';
import { WHATIF_CSS } from './styles';
import { postingApi, whatIfApi } from './whatIfApi';
import { WhatIfForm } from './whatIfForm';

// Entry of the What-If webview: the form, the shown run and every run compared. The webview
// keeps {setup, runs, selected} with setState so a restored panel shows them at once.
const api = whatIfApi();
const posting = postingApi(api);
const app = document.getElementById('app') ?? document.body;
let state: WhatIfPanelState | undefined = api.getState();
let forceLight = false;
let charts: FigureChart[] = [];

const actions: BannerActions = {
  cancel: () => api.postMessage({ type: 'cancel' }),
  rerun: () => api.postMessage({ type: 'rerun' }),
  openFile: (path, line) => api.postMessage({ type: 'openFile', path, line }),
};

const form = new WhatIfForm((ask, scope) => {
  form.busy(true);
  api.postMessage({ type: 'runWhatIf', ask, scope });
});
const header = el('div');
const banner = el('div', { className: 'banner-slot' });
const result = el('div');
const compared = el('div');
app.replaceChildren(el('div', { className: 'dashboard whatif' }, header, form.root, banner, result, compared));

function save(next: WhatIfPanelState): void {
  state = next;
  api.setState(next);
}

function render(): void {
  const runs = state?.runs ?? [];
  const shown = runs.find((r) => r.id === state?.selected) ?? runs.at(-1);
  const source = shown?.result.source;
  header.replaceChildren(dashboardHeader(`What If: ${shown?.result.pipeline ?? state?.setup.target ?? ''}`, [`${runs.length} run${runs.length === 1 ? '' : 's'}`], posting, source, () => JSON.stringify(shown?.result ?? null, null, 2)));
  const view = shown && new ResultView(shown, posting, (column) => breakDown(shown, column));
  result.replaceChildren(...(view ? [view.root] : []));
  const compare = compareSection(runs, shown?.id, posting, {
    show: (id) => {
      if (state) save({ ...state, selected: id });
      render();
    },
    export: (id) => api.postMessage({ type: 'exportWhatIf', id }),
    copyJson: (run) => api.postMessage({ type: 'copy', format: 'json', text: JSON.stringify(run.result.export, null, 2) }),
  });
  compared.replaceChildren(compare.section);
  charts = [...(view?.charts ?? []), ...(compare.chart ? [compare.chart] : [])];
  document.body.dataset.runs = String(runs.length);
  if (shown) document.body.dataset.shownRun = String(shown.id);
  void redraw();
}

/** "Break down by" runs the shown remediation again with another slice column. */
function breakDown(run: WhatIfRun, column: string): void {
  form.busy(true);
  api.postMessage({ type: 'runWhatIf', ask: run.ask, scope: { ...run.scope, groupBy: [column] } });
}

async function redraw(): Promise<void> {
  delete document.body.dataset.chartsReady;
  try {
    await Promise.all(charts.map((chart) => chart.draw(forceLight)));
    document.body.dataset.chartsReady = 'true';
  } catch (error) {
    banner.replaceChildren(errorBanner({ code: 'chart', message: `Could not draw the charts: ${error instanceof Error ? error.message : String(error)}` }, actions));
  }
}

function setup(next: WhatIfSetup): void {
  save({ runs: state?.runs ?? [], ...(state?.selected !== undefined ? { selected: state.selected } : {}), setup: next });
  form.set(next);
  render();
}

function addRun(run: WhatIfRun): void {
  const runs = state?.runs ?? [];
  form.busy(false);
  banner.replaceChildren();
  if (runs.some((r) => r.id === run.id)) return;
  save({ setup: state?.setup ?? { target: run.result.source, scope: {} }, runs: [...runs, run], selected: run.id });
  render();
}

async function receive(message: HostToWhatIf): Promise<void> {
  switch (message.type) {
    case 'setup':
      setup(message.setup);
      return;
    case 'whatIfRun':
      addRun(message.run);
      return;
    case 'progress':
      form.busy(true);
      banner.replaceChildren(progressBanner(message.progress, actions));
      return;
    case 'error':
      form.busy(false);
      banner.replaceChildren(errorBanner(message.error, actions));
      return;
    case 'theme':
      forceLight = message.theme.forceLight;
      document.body.classList.toggle('force-light', forceLight);
      await redraw();
      return;
    case 'exportChart':
      await (charts.find((c) => c.key === message.chart) ?? charts[0])?.exportImage(message.format);
      return;
  }
}

document.head.append(el('style', { text: PANEL_CSS + DASHBOARD_CSS + WHATIF_CSS }));
if (state) {
  form.set(state.setup);
  document.body.dataset.resultFrom = 'state';
}
render();
window.addEventListener('message', (event: MessageEvent<HostToWhatIf>) => void receive(event.data));
watchThemeClass(() => void redraw());
api.postMessage({ type: 'ready' });
