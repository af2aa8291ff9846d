import { RESULT_SCRIPT_ID, attachmentScriptId } from '../../core/report/ids';
import type { SightlineResult } from '../../core/protocol';
import { readEmbeddedResult } from '../shared/embedded';
import { onThemeChange } from '../shared/theme';
import { ReportChart } from './chart';

// Entry of the standalone HTML report: draws every chart section from the embedded result.
async function main(): Promise<void> {
  const result = readEmbeddedResult(RESULT_SCRIPT_ID);
  const charts: ReportChart[] = [];
  for (const root of document.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
    try {
      const chart = ReportChart.create(root, chartResult(root, result));
      if (!chart) continue;
      await chart.draw();
      charts.push(chart);
    } catch (error) {
      showError(root, error);
    }
  }
  onThemeChange(() => void Promise.all(charts.map((c) => c.restyle())));
  document.body.dataset.chartsReady = String(charts.length);
}

/** A figure with `data-result` draws from that attachment (e.g. a what-if), else from the report's result. */
function chartResult(root: HTMLElement, result: SightlineResult): SightlineResult {
  const name = root.dataset.result;
  return name === undefined ? result : readEmbeddedResult(attachmentScriptId(name));
}

function showError(root: HTMLElement, error: unknown): void {
  const message = document.createElement('p');
  message.className = 'chart-error';
  message.textContent = `Could not draw this chart: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(message);
  console.error(error);
}

void main();
