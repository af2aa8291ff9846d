import { formatCount, formatPercent, stageLossFigure, stagePairLabel } from '../../core/charts';
import type { StageLoss, TraceResult } from '../../core/protocol';
import { el } from '../shared/elements';
import type { PanelApi } from '../panel/vscodeApi';
import { chartName, FigureChart } from '../dashboard/figureChart';

/** One pair of consecutive stages: its totals in words and a small chart per window. */
export function stagePairView(result: TraceResult, loss: StageLoss, api: PanelApi): { element: HTMLElement; chart?: FigureChart } {
  const section = el('div', { className: 'sl-pair' });
  section.dataset.pair = `${loss.from}>${loss.to}`;
  section.append(el('h3', { text: stagePairLabel(loss) }), el('p', { className: 'sl-pair-totals', text: pairTotals(loss) }));
  const columns = loss.byColumn.filter((c) => c.nulled + c.changed > 0).slice(0, 4);
  if (columns.length) section.append(el('p', { className: 'intro', text: `By column: ${columns.map((c) => `${c.column} ${formatCount(c.nulled)} nulled, ${formatCount(c.changed)} changed`).join(' · ')}` }));
  if (loss.alerts.length) section.append(el('p', { className: 'sl-pair-alerts', text: `Jumps: ${loss.alerts.slice(0, 3).map((a) => `${a.what} ${formatPercent(a.share)} on ${new Date(a.start).toISOString().slice(0, 10)} (usually ${formatPercent(a.baseline)})`).join(' · ')}${loss.alerts.length > 3 ? ` and ${loss.alerts.length - 3} more` : ''}` }));
  if (loss.dropped + loss.nulled + loss.changed === 0) {
    section.append(el('p', { className: 'note', text: 'Every record arrived, with its shared columns unchanged.' }));
    return { element: section };
  }
  const figure = stageLossFigure(loss, result.bucket);
  if (!figure) {
    section.append(el('p', { className: 'note', text: 'No windows: the upstream stage has no event-time column.' }));
    return { element: section };
  }
  const chart = new FigureChart(`recordLoss.${loss.from}.${loss.to}`, figure, chartName(result.pipeline, `x.${loss.from}-${loss.to}-record-loss`), api);
  section.append(chart.element(`Records dropped, nulled and changed from ${loss.from} to ${loss.to}`));
  return { element: section, chart };
}

export function pairTotals(loss: StageLoss): string {
  const of = loss.upstream || 1;
  const parts = [
    `${formatCount(loss.upstream)} records in ${loss.from} (key ${loss.key})`,
    `${formatCount(loss.dropped)} dropped (${formatPercent(loss.dropped / of)})`,
    `${formatCount(loss.nulled)} nulled (${formatPercent(loss.nulled / of)})`,
    `${formatCount(loss.changed)} changed (${formatPercent(loss.changed / of)})`,
  ];
  const keys = [loss.duplicateKeys ? `${formatCount(loss.duplicateKeys)} duplicate keys` : '', loss.missingKeys ? `${formatCount(loss.missingKeys)} missing keys` : ''].filter(Boolean);
  return parts.join(' · ') + (keys.length ? ` · ${keys.join(', ')}` : '');
}
