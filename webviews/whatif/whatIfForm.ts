import { predicatesText } from '../../core/charts';
import type { ThresholdObjective, WhatIfAsk, WhatIfScope, WhatIfSetup } from '../../core/protocol';
import { button } from '../shared/dom';
import { el } from '../shared/elements';
import { scopeText } from './whatIfText';

type Kind = WhatIfAsk['kind'];
const KINDS: [Kind, string][] = [
  ['threshold', 'Threshold'],
  ['recalibrate', 'Recalibrate'],
  ['fallback', 'Fallback of the slice'],
  ['rollback', 'Rollback to the previous model'],
  ['repair', 'Repair a column'],
  ['schedule', 'Retraining schedule'],
];

/** 200 keeps a demo run to seconds; 1000 gives steadier interval ends. */
const REPLICATES = [200, 1000];

/**
 * The remediation form: kind and its options, the scope it came with (slice, windows) and the
 * bootstrap size, then Run. Only the options of the chosen kind are shown.
 */
export class WhatIfForm {
  readonly root = el('section', { className: 'card wi-form' });
  private readonly kind = select('remediation', KINDS);
  private readonly objective = select('objective', [['f1', 'best F1'], ['precision', 'precision target'], ['recall', 'recall target']]);
  private readonly target = input('target', 'number', '0.9');
  private readonly perSlice = input('per slice of column (optional)', 'text', '');
  private readonly method = select('method', [['platt', 'Platt'], ['isotonic', 'isotonic'], ['prior', 'prior shift']]);
  private readonly action = select('action', [['review', 'send to review'], ['negative', 'always negative'], ['positive', 'always positive']]);
  private readonly current = input('current version (optional)', 'text', '');
  private readonly previous = input('previous version (optional)', 'text', '');
  private readonly stage = input('stage', 'text', '');
  private readonly column = input('column', 'text', '');
  private readonly repair = select('with', [['upstream', 'upstream values'], ['impute', 'impute'], ['clip', 'clip'], ['drop', 'drop']]);
  private readonly upstream = input('upstream stage', 'text', '');
  private readonly policy = select('retrain', [['every', 'every N days'], ['never', 'never'], ['on-drift', 'when drift is flagged']]);
  private readonly days = input('days', 'number', '7', { min: '1', step: '1' });
  private readonly retrainCost = input('cost per retraining', 'number', '0', { min: '0', step: 'any' });
  private readonly replicates = select('bootstrap', REPLICATES.map((n) => [String(n), `${n} bootstrap replicates${n === 200 ? ' (quick)' : ''}`]));
  private readonly options = el('div', { className: 'wi-options' });
  private readonly scopeLine = el('p', { className: 'intro wi-scope' });
  private readonly runButton: HTMLButtonElement;
  private scope: WhatIfScope = {};
  private running = false;

  constructor(private readonly onRun: (ask: WhatIfAsk, scope: WhatIfScope) => void) {
    this.runButton = button('Run', () => this.submit());
    this.runButton.className = 'primary';
    this.root.addEventListener('change', (event) => (event.target instanceof HTMLSelectElement ? this.showOptions() : this.refresh()));
    this.root.addEventListener('input', () => this.refresh());
    this.root.append(
      el('h2', { text: 'What if…' }),
      this.scopeLine,
      el('div', { className: 'wi-fields' }, this.kind.label, this.options, this.replicates.label),
      el('p', { className: 'actions' }, this.runButton, el('span', { className: 'hint', text: 'Each run is kept below to compare.' })),
    );
    this.showOptions();
  }

  /** Fills the form from what the panel was opened for. */
  set(setup: WhatIfSetup): void {
    this.scope = setup.scope;
    const ask = setup.ask;
    if (ask) {
      this.kind.select.value = ask.kind;
      if (ask.kind === 'threshold') {
        this.objective.select.value = ask.objective.kind === 'cost' ? 'f1' : ask.objective.kind;
        if (ask.objective.kind === 'precision' || ask.objective.kind === 'recall') this.target.input.value = String(ask.objective.target);
        this.perSlice.input.value = ask.perSlice?.column ?? '';
      }
      if (ask.kind === 'recalibrate') this.method.select.value = ask.method;
      if (ask.kind === 'fallback') this.action.select.value = ask.action;
      if (ask.kind === 'rollback') {
        this.current.input.value = ask.current ?? '';
        this.previous.input.value = ask.previous ?? '';
      }
      if (ask.kind === 'repair') {
        this.stage.input.value = ask.stage;
        this.column.input.value = ask.column;
        this.repair.select.value = ask.with;
        this.upstream.input.value = ask.upstreamStage ?? '';
      }
      if (ask.kind === 'schedule') {
        this.policy.select.value = ask.policy.kind;
        if (ask.policy.kind === 'every') this.days.input.value = String(ask.policy.days);
        this.retrainCost.input.value = String(ask.retrainCost);
      }
    }
    if (setup.scope.replicates) this.replicates.select.value = String(setup.scope.replicates >= 1000 ? 1000 : 200);
    this.scopeLine.replaceChildren(`On ${scopeText(setup.scope)}${setup.origin ? ` (from ${setup.origin})` : ''}.`);
    if (setup.scope.where?.length || setup.scope.start !== undefined || setup.scope.end !== undefined) this.scopeLine.append(' ', button('Use all records', () => this.set({ ...setup, scope: { replicates: setup.scope.replicates }, origin: undefined })));
    this.showOptions();
  }

  busy(running: boolean): void {
    this.running = running;
    this.refresh();
  }

  private refresh(): void {
    this.runButton.disabled = this.running || !this.ready();
    this.runButton.textContent = this.running ? 'Running…' : 'Run';
  }

  /** The ask the form holds, or undefined while a required field is empty. */
  ask(): WhatIfAsk | undefined {
    switch (this.kind.select.value as Kind) {
      case 'threshold': {
        const kind = this.objective.select.value;
        const target = Number(this.target.input.value);
        const objective: ThresholdObjective | undefined = kind === 'precision' || kind === 'recall' ? (target > 0 && target <= 1 ? { kind, target } : undefined) : { kind: 'f1' };
        const column = this.perSlice.input.value.trim();
        return objective && { kind: 'threshold', objective, ...(column ? { perSlice: { column, minLabeled: 50 } } : {}) };
      }
      case 'recalibrate':
        return { kind: 'recalibrate', method: this.method.select.value as 'platt' | 'isotonic' | 'prior' };
      case 'fallback':
        return this.scope.where?.length ? { kind: 'fallback', action: this.action.select.value as 'review' | 'negative' | 'positive' } : undefined;
      case 'rollback': {
        const current = this.current.input.value.trim();
        const previous = this.previous.input.value.trim();
        return { kind: 'rollback', ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
      }
      case 'repair': {
        const stage = this.stage.input.value.trim();
        const column = this.column.input.value.trim();
        const upstream = this.upstream.input.value.trim();
        const method = this.repair.select.value as 'upstream' | 'impute' | 'clip' | 'drop';
        if (!stage || !column || (method === 'upstream' && !upstream)) return undefined;
        return { kind: 'repair', stage, column, with: method, ...(method === 'upstream' ? { upstreamStage: upstream } : {}) };
      }
      case 'schedule':
        return this.scheduleAsk();
      default:
        return undefined;
    }
  }

  private scheduleAsk(): WhatIfAsk | undefined {
    const days = Number(this.days.input.value);
    const retrainCost = Number(this.retrainCost.input.value);
    if (!(Number.isFinite(retrainCost) && retrainCost >= 0)) return undefined;
    const kind = this.policy.select.value;
    if (kind === 'every') return Number.isInteger(days) && days >= 1 ? { kind: 'schedule', policy: { kind, days }, retrainCost } : undefined;
    return { kind: 'schedule', policy: { kind: kind === 'never' ? 'never' : 'on-drift' }, retrainCost };
  }

  /** The scope of the next run: the form's, with the chosen bootstrap size. */
  scopeWith(extra: WhatIfScope = {}): WhatIfScope {
    return { ...this.scope, replicates: Number(this.replicates.select.value), ...extra };
  }

  private ready(): boolean {
    return this.ask() !== undefined;
  }

  private submit(): void {
    const ask = this.ask();
    if (ask) this.onRun(ask, this.scopeWith());
  }

  private showOptions(): void {
    const kind = this.kind.select.value as Kind;
    const fields: HTMLElement[] = [];
    if (kind === 'threshold') fields.push(this.objective.label, ...(this.objective.select.value === 'f1' ? [] : [this.target.label]), this.perSlice.label);
    if (kind === 'recalibrate') fields.push(this.method.label);
    if (kind === 'fallback') fields.push(this.scope.where?.length ? this.action.label : el('span', { className: 'note', text: 'Needs a slice: open the Slice Explorer and press "What if…" in a slice’s detail.' }));
    if (kind === 'rollback') fields.push(this.current.label, this.previous.label);
    if (kind === 'repair') fields.push(this.stage.label, this.column.label, this.repair.label, ...(this.repair.select.value === 'upstream' ? [this.upstream.label] : []));
    if (kind === 'schedule') {
      fields.push(this.policy.label, ...(this.policy.select.value === 'every' ? [this.days.label] : []), this.retrainCost.label);
      fields.push(el('span', { className: 'hint', text: 'replays never, every N days and on drift from accuracy against model age; the chosen one gives the verdict' }));
    }
    if (kind === 'fallback' && this.scope.where?.length) fields.push(el('span', { className: 'hint', text: `routes ${predicatesText(this.scope.where)}` }));
    this.options.replaceChildren(...fields);
    this.refresh();
  }
}

function select(name: string, options: [string, string][]): { label: HTMLLabelElement; select: HTMLSelectElement } {
  const element = el('select', {}, ...options.map(([value, text]) => Object.assign(el('option', { text }), { value })));
  element.name = name;
  return { label: el('label', { className: 'wi-field' }, el('span', { text: name }), element), select: element };
}

/** A number input is a share in [0, 1] unless `range` says otherwise. */
function input(name: string, type: 'text' | 'number', value: string, range?: { min: string; step: string }): { label: HTMLLabelElement; input: HTMLInputElement } {
  const element = el('input');
  Object.assign(element, { type, value, name });
  if (type === 'number') Object.assign(element, range ?? { min: '0', max: '1', step: '0.01' });
  return { label: el('label', { className: 'wi-field' }, el('span', { text: name }), element), input: element };
}
