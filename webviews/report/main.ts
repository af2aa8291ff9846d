import { RESULT_SCRIPT_ID } from '../../core/report/ids';
import { readEmbeddedResult } from '../shared/embedded';
import { onThemeChange } from '../shared/theme';
import { ReportChart } from './chart';

// Entry of the standalone HTML report: draws every chart section from the embedded result.
async function main(): Promise<void> {
  const result = readEmbeddedResult(RESULT_SCRIPT_ID);
  const charts: ReportChart[] = [];
  for (const root of document.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
    try {
      const chart = ReportChart.create(root, result);
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

function showError(root: HTMLElement, error: unknown): void {
  const message = document.createElement('p');
  message.className = 'chart-error';
  message.textContent = `Could not draw this chart: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(message);
  console.error(error);
}

void main();
