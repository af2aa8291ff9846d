import { METRIC_HEADERS, SCHEDULE_HEADERS, SLICE_ROW_HEADERS, scheduleRows, backtestText, changedText, coverageText, exportJson, exportText, metricRows, sliceRows, sliceTitle } from '../../core/report/reactionCells';
import type { WhatIfResult } from '../../core/protocol';
import { whatIfBySliceFigure, whatIfOverTimeFigure, whatIfScheduleFigure } from '../../core/charts';
import { el } from '../shared/elements';
import { notesList, type AddFigure } from './diagnosisParts';
import { copyableTable } from './runsSection';
import { copyTextButton, whatIfHeadline } from './whatIfParts';

/**
 * A what-if result: the verdict on the primary metric first (with any note that the metrics
 * disagree), every metric before and after with intervals, what it rests on, the charts, the
 * assumptions, then the parameters to ship.
 */
export async function whatIfView(result: WhatIfResult, root: HTMLElement, addFigure: AddFigure): Promise<void> {
  root.append(whatIfHeadline(result));
  root.append(el('h4', { text: 'Every metric, out of sample' }));
  root.append(...copyableTable('sl-whatif-metrics', METRIC_HEADERS, metricRows(result).map((cells) => ({ cells, options: {} }))));
  root.append(el('p', { className: 'meta sl-whatif-coverage', text: `Coverage: ${coverageText(result)} · ${changedText(result)}` }));
  root.append(el('p', { className: 'meta', text: backtestText(result) }));
  await addFigure('whatif.overTime', '', () => whatIfOverTimeFigure(result));
  if (result.bySlice.length) {
    await addFigure('whatif.bySlice', '', () => whatIfBySliceFigure(result));
    root.append(el('h4', { text: sliceTitle(result) }));
    root.append(...copyableTable('sl-whatif-slices', SLICE_ROW_HEADERS, sliceRows(result).map((cells) => ({ cells, options: {} }))));
  }
  if (result.schedule) {
    await addFigure('whatif.schedule', '', () => whatIfScheduleFigure(result));
    root.append(el('h4', { text: `Retraining policies replayed (label lag ${result.schedule.labelLagDays} days)` }));
    root.append(...copyableTable('sl-whatif-schedule', SCHEDULE_HEADERS, scheduleRows(result).map((cells) => ({ cells, options: {} }))));
  }
  root.append(el('h4', { text: 'Assumptions' }), ...notesList(result.assumptions));
  root.append(...exportSection(result));
}

function exportSection(result: WhatIfResult): HTMLElement[] {
  const title = el('h4', { text: 'What to ship' });
  const rule = el('p', { className: 'sl-whatif-rule', text: exportText(result) });
  if (!result.export) return [title, rule];
  const json = exportJson(result);
  return [title, rule, copyTextButton('Copy parameters (JSON)', json), el('pre', { className: 'sl-whatif-export', text: json })];
}
