import { diffLines, labelText, predictionText, stageStatusText, valueText } from '../../core/report/lineageCells';
import type { LineageResult, LineageStage } from '../../core/protocol';
import { el } from '../shared/elements';
import { drillHint, notesList, type Drill } from './diagnosisParts';

/**
 * A lineage result: the record's path stage by stage (its values where it first shows, then
 * what changed, was nulled, added or removed, highlighted), then its prediction and label. A
 * click on a stage inserts a cell with that stage's rows of the record.
 */
export function lineageView(result: LineageResult, root: HTMLElement, drill: Drill): void {
  root.append(el('ol', { className: 'sl-path' }, ...result.stages.map((stage) => stageItem(result, stage, drill))));
  root.append(...drillHint(drill, 'Select a stage to insert a cell with its rows of this record.'));
  const outcome = [['Prediction', predictionText(result)], ['Label', labelText(result)]].filter((pair): pair is [string, string] => pair[1] !== undefined);
  if (outcome.length) root.append(el('dl', { className: 'sl-outcome' }, ...outcome.flatMap(([term, text]) => [el('dt', { text: term }), el('dd', { text })])));
  root.append(...notesList(result.notes));
}

function stageItem(result: LineageResult, stage: LineageStage, drill: Drill): HTMLElement {
  const name = stage.role ? `${stage.stage} (${stage.role})` : stage.stage;
  const head = el('div', { className: 'sl-stage-head' }, el('strong', { text: name }), el('span', { className: 'meta', text: ` ${stageStatusText(stage)}` }));
  const item = el('li', { className: `sl-stage sl-${stage.status}` }, head, ...stageBody(stage));
  if (drill && stage.present) {
    head.tabIndex = 0;
    head.setAttribute('role', 'button');
    head.title = `Insert a cell with ${stage.stage}'s rows of record ${result.key}`;
    head.classList.add('sl-drill');
    const open = () => drill({ kind: 'lineageStage', source: result.source, key: result.key, stage: stage.stage });
    head.addEventListener('click', open);
    head.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open();
    });
  }
  return item;
}

function stageBody(stage: LineageStage): HTMLElement[] {
  if (!stage.present) return [];
  if (stage.diff) {
    const lines = diffLines(stage.diff);
    const summary = el('div', { className: 'sl-unchanged', text: `against ${stage.diff.against}: ${stage.diff.unchanged} unchanged${lines.length ? '' : ', nothing changed'}` });
    return [summary, ...lines.map((l) => el('div', { className: `sl-diff-line sl-${l.what}` }, el('span', { className: 'sl-what', text: l.what }), ` ${l.text}`))];
  }
  const values = Object.entries(stage.rows[0]?.values ?? {});
  return [el('div', { className: 'sl-values' }, ...values.map(([column, value]) => el('span', { className: 'sl-value' }, el('span', { className: 'sl-col', text: column }), ` ${valueText(value)}`)))];
}
