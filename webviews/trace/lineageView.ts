import { formatDuration, formatInstant, formatStatistic } from '../../core/charts';
import type { ErrorInfo, LineageResult, LineageRun, LineageStage } from '../../core/protocol';
import { el } from '../shared/elements';
import { button } from '../shared/dom';
import type { PanelApi } from '../panel/vscodeApi';
import { lineageCells, showValue, statusText } from './lineageDiff';

/**
 * Record lineage: a key box (and example keys to click) that asks the host for one record's
 * path, then the path stage by stage with what changed highlighted, its prediction, its label
 * with the lag, and the runs behind it. Lives beside the trace and survives its recomputation.
 */
export class LineageView {
  readonly root = el('section', { className: 'card sl-lineage' });
  private readonly input = el('input');
  private readonly examples = el('p', { className: 'intro sl-examples' });
  private readonly body = el('div', { className: 'sl-lineage-body' });
  result: LineageResult | undefined;

  constructor(
    private readonly api: PanelApi,
    private readonly onShown: (result: LineageResult) => void,
  ) {
    this.root.id = 'lineage';
    this.input.type = 'text';
    this.input.id = 'lineage-key';
    this.input.placeholder = 'Record key';
    this.input.setAttribute('aria-label', 'Record key');
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.request(this.input.value);
    });
    const form = el('div', { className: 'sl-key-form' }, this.input, button('Show lineage', () => this.request(this.input.value)));
    this.root.append(el('h2', { text: 'Record lineage' }), el('p', { className: 'intro', text: 'Follow one record by its key through every stage: its values, what changed between stages, its prediction and label.' }), form, this.examples, this.body);
  }

  setExamples(keys: string[]): void {
    if (!keys.length) return;
    this.examples.replaceChildren('Examples: ', ...keys.flatMap((key, i) => {
      const link = el('button', { className: 'link sl-example', text: key });
      link.type = 'button';
      link.addEventListener('click', () => this.request(key));
      return i ? [', ', link] : [link];
    }));
  }

  request(raw: string): void {
    const key = raw.trim();
    if (!key) return;
    this.input.value = key;
    document.body.dataset.lineage = 'loading';
    this.body.replaceChildren(el('p', { className: 'note', text: `Looking up ${key}…` }));
    this.api.postMessage({ type: 'requestLineage', key });
  }

  show(result: LineageResult): void {
    this.result = result;
    this.input.value = result.key;
    this.body.replaceChildren(summary(result), path(result.stages), ...(result.runs?.length ? [runs(result.runs)] : []), ...(result.notes.length ? [el('ul', { className: 'guesses' }, ...result.notes.map((n) => el('li', { text: n })))] : []));
    document.body.dataset.lineage = 'ready';
    document.body.dataset.lineageKey = result.key;
    this.onShown(result);
  }

  failed(key: string, error: ErrorInfo): void {
    document.body.dataset.lineage = 'failed';
    this.body.replaceChildren(el('p', { className: 'banner error', text: `No lineage for ${key}: ${error.message}${error.hint ? ` ${error.hint}` : ''}` }));
  }
}

function summary(result: LineageResult): HTMLElement {
  const facts = [`key ${result.key}`, ...(result.eventTime !== undefined ? [`event time ${formatInstant(result.eventTime)}`] : [])];
  const p = result.prediction;
  if (p) facts.push(`prediction ${[p.score, p.class].filter((v) => v !== undefined).map((v) => (typeof v === 'number' ? formatStatistic(v) : showValue(v ?? null))).join(' / ')}${p.modelVersion !== undefined ? ` (model ${showValue(p.modelVersion)})` : ''}`);
  const l = result.label;
  facts.push(l ? `label ${showValue(l.value)}${l.lagMs !== undefined ? `, arrived ${formatDuration(l.lagMs)} after the prediction` : ''}` : 'no label yet');
  return el('ul', { className: 'facts sl-lineage-facts' }, ...facts.map((f) => el('li', { text: f })));
}

function path(stages: LineageStage[]): HTMLElement {
  const list = el('ol', { className: 'sl-path' });
  for (const stage of stages) {
    const item = el('li', { className: `sl-path-stage sl-status-${stage.status}` });
    item.dataset.stage = stage.stage;
    item.dataset.status = stage.status;
    const role = stage.role ? ` · ${stage.role}` : '';
    const time = stage.rows[0]?.time;
    item.append(el('div', { className: 'sl-path-head' }, el('strong', { text: stage.stage }), el('span', { className: 'sl-when', text: `${statusText(stage)}${role}${time !== undefined ? ` · ${formatInstant(time)}` : ''}` })));
    const cells = lineageCells(stage);
    if (cells.length) item.append(cellTable(cells));
    const removed = stage.diff?.removed ?? [];
    if (removed.length) item.append(el('p', { className: 'intro', text: `Not carried here: ${removed.map((c) => c.column).join(', ')}` }));
    list.append(item);
  }
  return list;
}

function cellTable(cells: ReturnType<typeof lineageCells>): HTMLElement {
  const row = el('div', { className: 'sl-cells' });
  for (const cell of cells) {
    const box = el('span', { className: `sl-cell sl-cell-${cell.mark}`, title: cell.was !== undefined ? `was ${cell.was}` : cell.mark === 'added' ? 'new in this stage' : '' }, el('span', { className: 'sl-cell-name', text: cell.column }));
    box.dataset.mark = cell.mark;
    if (cell.was !== undefined) box.append(el('s', { className: 'sl-was', text: cell.was }), ' → ');
    box.append(el('span', { className: 'sl-cell-value', text: cell.value }));
    row.append(box);
  }
  return row;
}

function runs(list: LineageRun[]): HTMLElement {
  const table = el('table', { className: 'sl-runs' });
  table.append(el('thead', {}, el('tr', {}, ...['Component', 'Run', 'Code version', 'Ran', 'Match'].map((h) => el('th', { text: h })))));
  const body = el('tbody');
  for (const run of list) {
    const version = run.previousVersion ? `${run.codeVersion} (since ${formatInstant(run.versionSince)}, was ${run.previousVersion})` : run.codeVersion;
    body.append(el('tr', {}, el('td', { text: run.component }), el('td', { text: run.runId }), el('td', { text: version }), el('td', { text: `${formatInstant(run.start)} – ${formatInstant(run.end)}` }), el('td', { text: run.match === 'spans' ? 'covers the record' : 'next run after it' })));
  }
  table.append(body);
  return el('div', { className: 'table-wrap' }, el('h3', { text: 'Runs behind the record' }), table);
}
