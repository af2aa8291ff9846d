import type { ErrorInfo, LogFileSummary, ProgressInfo } from '../../core/protocol';
import { formatBytes, formatCount } from '../../core/charts/format';
import { el } from './dom';

export interface BannersView {
  element: HTMLElement;
  showProgress(progress: ProgressInfo): void;
  showError(error: ErrorInfo): void;
  showDiagnostics(summary: LogFileSummary): void;
  clear(): void;
}

const SHOWN_DIAGNOSTICS = 20;

/** Loading progress, a readable error (message, hint, file:line, Retry) and load diagnostics. */
export function createBanners(onRetry: () => void): BannersView {
  const element = el('div');
  const progress = el('div', 'banner progress');
  progress.setAttribute('role', 'status');
  const progressText = el('div');
  const track = el('div', 'track');
  const bar = el('div', 'bar indeterminate');
  track.append(bar);
  progress.append(progressText, track);
  const error = el('div', 'banner error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const diagnostics = el('details', 'banner warning');
  diagnostics.hidden = true;
  progressText.textContent = 'Opening the file…';
  element.append(progress, error, diagnostics);

  return {
    element,
    showProgress(info) {
      progress.hidden = false;
      const share = info.total > 0 ? Math.min(1, info.done / info.total) : undefined;
      // Once every byte is read, decoding can still take a while (Parquet): say so, and stop the bar claiming 100%.
      const decoding = share === 1;
      progressText.textContent = share === undefined
        ? `${info.message}…`
        : decoding
          ? `${info.message}: all ${formatBytes(info.total)} read, building the columns…`
          : `${info.message}: ${formatBytes(info.done)} of ${formatBytes(info.total)}`;
      const indeterminate = share === undefined || decoding;
      bar.classList.toggle('indeterminate', indeterminate);
      bar.style.width = indeterminate ? '' : `${(share * 100).toFixed(1)}%`;
    },
    showError(info) {
      progress.hidden = true;
      const where = info.file ? `${info.file}${info.line ? `:${info.line}` : ''}${info.column ? ` (column "${info.column}")` : ''}` : '';
      const retry = el('button', '', 'Retry');
      retry.type = 'button';
      retry.addEventListener('click', () => {
        error.hidden = true;
        onRetry();
      });
      error.replaceChildren(
        el('div', 'message', info.message),
        ...(info.hint ? [el('div', 'hint', info.hint)] : []),
        ...(where ? [el('div', 'where', where)] : []),
        retry,
      );
      error.hidden = false;
    },
    showDiagnostics(summary) {
      const list = summary.diagnostics;
      diagnostics.hidden = list.length === 0;
      if (list.length === 0) return;
      const skipped = summary.skippedRows ? `${formatCount(summary.skippedRows)} rows skipped; ` : '';
      const items = el('ul');
      for (const d of list.slice(0, SHOWN_DIAGNOSTICS)) {
        const where = [d.line ? `line ${d.line}` : '', d.column ? `column "${d.column}"` : ''].filter(Boolean).join(', ');
        items.append(el('li', '', `${d.severity}${where ? ` (${where})` : ''}: ${d.message}`));
      }
      if (list.length > SHOWN_DIAGNOSTICS) items.append(el('li', 'dim', `… and ${formatCount(list.length - SHOWN_DIAGNOSTICS)} more`));
      diagnostics.replaceChildren(el('summary', '', `${skipped}${formatCount(list.length)} notes from reading the file`), items);
    },
    clear() {
      progress.hidden = true;
      error.hidden = true;
    },
  };
}
