import { headlineFigures, headlineNotes, verdictText } from '../../core/report/reactionCells';
import type { WhatIfResult } from '../../core/protocol';
import { copyText } from '../shared/clipboard';
import { button } from '../shared/dom';
import { el } from '../shared/elements';

/** The verdict, colored by what it says, the primary metric before → after with its interval, and notes that qualify it. */
export function whatIfHeadline(result: WhatIfResult): HTMLElement {
  const verdict = el('strong', { className: 'sl-verdict', text: verdictText(result) });
  const box = el(
    'div',
    { className: `sl-whatif-headline sl-verdict-${(result.verdict ?? 'none').replace(/ /g, '-')}` },
    el('p', {}, el('span', { className: 'sl-whatif-remedy', text: 'Verdict: ' }), verdict),
    el('p', { className: 'sl-whatif-figures', text: headlineFigures(result) }),
  );
  for (const note of headlineNotes(result)) box.append(el('p', { className: 'sl-whatif-note', text: note }));
  return box;
}

/** A button that copies `text`, saying whether it did. */
export function copyTextButton(label: string, text: string): HTMLElement {
  const status = el('span', { className: 'status' });
  status.setAttribute('role', 'status');
  const copy = button(label, async () => {
    try {
      await copyText(text);
      status.textContent = 'Copied';
    } catch (error) {
      status.textContent = `Could not copy: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  return el('div', { className: 'sl-table-actions' }, copy, status);
}
