import type { ErrorInfo, ProgressInfo } from '../../core/protocol';
import { button } from '../shared/dom';
import { el, fileLink } from '../shared/elements';

export interface BannerActions {
  cancel(): void;
  rerun(): void;
  openFile(path: string, line?: number): void;
}

/** Progress while the worker computes, with Cancel. */
export function progressBanner(progress: ProgressInfo, actions: BannerActions): HTMLElement {
  const share = progress.total ? Math.min(1, progress.done / progress.total) : undefined;
  const bar = el('progress', { className: 'bar' });
  if (share !== undefined) bar.value = share;
  bar.max = 1;
  const text = progress.total ? `${progress.message} (${progress.done}/${progress.total})` : progress.message;
  return el('div', { className: 'banner progress' }, el('span', { className: 'spinner', text: '' }), el('span', { text: `${text}…` }), bar, button('Cancel', actions.cancel));
}

/** An error in words: what happened, what to do, and a link to the file and line at fault. */
export function errorBanner(error: ErrorInfo, actions: BannerActions): HTMLElement {
  const banner = el('div', { className: error.cancelled ? 'banner cancelled' : 'banner error' });
  banner.setAttribute('role', 'alert');
  banner.append(el('p', { className: 'message', text: error.message }));
  if (error.hint) banner.append(el('p', { className: 'hint', text: error.hint }));
  const links: (HTMLElement | string)[] = [];
  if (error.file) {
    const where = error.line ? `${error.file}:${error.line}` : error.file;
    links.push(fileLink(`Open ${where}`, () => actions.openFile(error.file ?? '', error.line)));
  }
  links.push(button(error.cancelled ? 'Compute again' : 'Retry', actions.rerun));
  banner.append(el('p', { className: 'actions' }, ...links));
  return banner;
}
