import type { HostToLogEditor, LogEditorToHost, LogFileSummary, LogPage } from '../../core/protocol';
import { PageCache } from './pageCache';
import { PAGE_SIZE, clampPageStart, movePage, pageStart, parseRowNumber } from './paging';
import type { PageMove } from './paging';
import { pageCsv } from './pageCsv';
import { createBanners } from './banners';
import { createTable } from './table';
import { createToolbar } from './toolbar';
import { el } from './dom';

/** What survives the webview being hidden and shown again (it is rebuilt each time). */
export interface EditorState {
  offset: number;
  targetRow?: number;
}

export interface Host {
  post(message: LogEditorToHost): void;
  state(): EditorState | undefined;
  save(state: EditorState): void;
}

// A few pages either side of the one shown: enough for paging back and forth, a few MB at most.
const CACHED_PAGES = 12;

/** The log editor webview: asks the host for pages, keeps them, and shows one at a time. */
export class LogEditorApp {
  private summary?: LogFileSummary;
  private shown?: LogPage;
  private offset: number;
  private targetRow?: number;
  private readonly cache = new PageCache<LogPage>(CACHED_PAGES);
  private readonly toolbar = createToolbar({
    move: (move) => this.move(move),
    goToRow: (text) => this.goToRow(text),
    copyCsv: () => this.copyCsv(),
  });
  private readonly banners = createBanners(() => this.host.post({ type: 'ready' }));
  private readonly table = createTable();

  constructor(root: HTMLElement, private readonly host: Host) {
    const saved = host.state();
    this.offset = saved && Number.isFinite(saved.offset) ? saved.offset : 0;
    this.targetRow = saved?.targetRow;
    const keys = el('div', 'keys', 'PageUp / PageDown: previous / next page · Ctrl+Home / Ctrl+End: first / last page · select cells to copy them');
    root.append(this.toolbar.element, this.banners.element, this.table.element, keys);
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  start(): void {
    this.host.post({ type: 'ready' });
  }

  receive(message: HostToLogEditor): void {
    switch (message.type) {
      case 'progress':
        this.banners.showProgress(message.progress);
        return;
      case 'error':
        this.cache.failPending();
        this.table.setLoading(false);
        this.banners.showError(message.error);
        return;
      case 'summary':
        this.setSummary(message.summary);
        return;
      case 'page':
        this.cache.put(message.page);
        if (message.page.offset === this.offset) this.render(message.page);
        return;
    }
  }

  private setSummary(summary: LogFileSummary): void {
    // A summary (re)starts the view: the file may have changed since the pages were read.
    this.summary = summary;
    this.cache.clear();
    this.shown = undefined;
    this.banners.clear();
    this.banners.showDiagnostics(summary);
    this.toolbar.setSummary(summary);
    this.table.setSummary(summary);
    this.table.element.focus({ preventScroll: true });
    this.show(this.offset);
  }

  private show(offset: number): void {
    if (!this.summary) return;
    this.offset = clampPageStart(offset, this.summary.rowCount);
    this.host.save({ offset: this.offset, targetRow: this.targetRow });
    const page = this.cache.get(this.offset);
    if (page) {
      this.render(page);
      return;
    }
    this.request(this.offset);
    this.table.setLoading(true);
    this.toolbar.setPosition(this.offset, Math.min(PAGE_SIZE, this.summary.rowCount - this.offset), this.summary.rowCount, true);
  }

  private render(page: LogPage): void {
    if (!this.summary) return;
    this.shown = page;
    this.table.renderPage(page, this.targetRow);
    this.toolbar.setPosition(page.offset, page.rowCount, this.summary.rowCount, false);
    // Ask for the neighbours now, so Next and Prev show at once.
    const rowCount = this.summary.rowCount;
    for (const move of ['next', 'prev'] as const) {
      const neighbour = movePage(page.offset, move, rowCount);
      if (neighbour !== page.offset) this.request(neighbour);
    }
  }

  private request(offset: number): void {
    if (this.cache.claim(offset)) this.host.post({ type: 'requestPage', offset, limit: PAGE_SIZE });
  }

  private move(move: PageMove): void {
    if (!this.summary) return;
    this.targetRow = undefined;
    this.show(movePage(this.offset, move, this.summary.rowCount));
  }

  private goToRow(text: string): boolean {
    if (!this.summary) return false;
    const row = parseRowNumber(text, this.summary.rowCount);
    if (row === undefined) return false;
    this.targetRow = row;
    const offset = pageStart(row);
    if (offset === this.offset && this.shown?.offset === offset) this.render(this.shown);
    else this.show(offset);
    return true;
  }

  private copyCsv(): void {
    if (!this.shown) return;
    this.host.post({ type: 'copy', format: 'csv', text: pageCsv(this.shown) });
    this.toolbar.flash(`Copied ${this.shown.rowCount} rows`);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target instanceof HTMLInputElement) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const move: PageMove | undefined =
      event.key === 'PageDown' ? 'next'
      : event.key === 'PageUp' ? 'prev'
      : ctrl && event.key === 'Home' ? 'first'
      : ctrl && event.key === 'End' ? 'last'
      : undefined;
    if (!move) return;
    event.preventDefault();
    this.move(move);
  }
}
