import { button } from '../shared/dom';
import { el, fileLink } from '../shared/elements';
import type { PanelApi } from '../panel/vscodeApi';

/** Title, Recompute and Copy JSON, the source file (a link when it is one) and the key facts as chips. */
export function dashboardHeader(title: string, facts: string[], api: PanelApi, source: string | undefined, json: () => string = () => ''): HTMLElement {
  const copy = () => api.postMessage({ type: 'copy', format: 'json', text: json() });
  const actions = el('div', { className: 'actions' }, button('Recompute', () => api.postMessage({ type: 'rerun' })), button('Copy JSON', copy));
  const header = el('header', {}, el('div', { className: 'title-row' }, el('h1', { text: title }), actions));
  if (source) header.append(el('p', { className: 'meta' }, fileLink(source, () => api.postMessage({ type: 'openFile', path: source }))));
  header.append(el('ul', { className: 'facts' }, ...facts.map((fact) => el('li', { text: fact }))));
  return header;
}
