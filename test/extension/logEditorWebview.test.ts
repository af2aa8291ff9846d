import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type * as Esbuild from 'esbuild';
import type { EditorState } from '../../webviews/logEditor/app';
import type { ErrorInfo, HostToLogEditor, LogEditorToHost } from '../../core/protocol';
import { LogFileView } from '../../core/logView/logFileView';
import { createNonce, logEditorHtml } from '../../extension/logEditor/logEditorHtml';
import { repoRoot } from '../report/bundle';

// The log editor webview in Debian's Chromium, under the CSP VS Code gets, with a fake
// acquireVsCodeApi whose host answers from a real LogFileView. Set SIGHTLINE_SCREENSHOTS to a
// folder to keep light, dark and high-contrast screenshots.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = process.env.SIGHTLINE_SCREENSHOTS;
const ROWS = 450;
// Module scripts do not load from file:// (CORS), so the page and bundle are served from a routed origin, like VS Code's webview resources.
const ORIGIN = 'https://webview.sightline.test';
const work = mkdtempSync(join(tmpdir(), 'sightline-log-editor-'));

// What VS Code's Dark Modern and High Contrast themes set (a subset: the variables the editor reads).
const THEMES: Record<string, { bodyClass: string; vars: Record<string, string> }> = {
  light: { bodyClass: 'vscode-light', vars: {} },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'panel-border': '#2b2b2b', 'descriptionForeground': '#9d9d9d',
      'editorWidget-background': '#202020', 'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1',
      'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c',
      'input-background': '#313131', 'input-foreground': '#cccccc', 'input-border': '#3c3c3c', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
      'list-hoverBackground': '#2a2d2e', 'editorLineNumber-foreground': '#6e7681', 'disabledForeground': '#cccccc80', 'charts-blue': '#3794ff',
      'charts-orange': '#d18616', 'focusBorder': '#0078d4', 'progressBar-background': '#0078d4', 'editor-findMatchHighlightBackground': '#623315',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      'editor-background': '#000000', 'editor-foreground': '#ffffff', 'panel-border': '#6fc3df', 'contrastBorder': '#6fc3df', 'descriptionForeground': '#ffffff',
      'editorWidget-background': '#0c141f', 'button-background': '#000000', 'button-foreground': '#ffffff', 'button-border': '#6fc3df',
      'button-secondaryBackground': '#000000', 'button-secondaryForeground': '#ffffff', 'input-background': '#000000', 'input-foreground': '#ffffff',
      'input-border': '#6fc3df', 'badge-background': '#000000', 'badge-foreground': '#ffffff', 'editorLineNumber-foreground': '#ffffff',
      'disabledForeground': '#a5a5a5', 'charts-blue': '#3794ff', 'focusBorder': '#f38518', 'contrastActiveBorder': '#f38518',
    },
  },
};

let browser: Browser;
let bundle: string;
let view: LogFileView;
let csvFile: string;

function writeLog(): string {
  const lines = ['id,score,country,ok,ts,note'];
  for (let i = 0; i < ROWS; i++) {
    const score = i % 7 === 3 ? '' : (Math.sin(i) * 40 + 50).toFixed(3);
    const country = i % 11 === 5 ? '' : ['fr', 'de', 'us', 'jp', '"a, ""b"""'][i % 5];
    const ts = new Date(Date.UTC(2024, 2, 1) + i * 3_600_000).toISOString();
    const note = i % 50 === 0 ? `"a long note that goes on and on about row ${i}, far wider than a column should be"` : `n${i % 3}`;
    lines.push(`${i},${score},${country},${i % 3 === 0},${ts},${note}`);
  }
  const path = join(work, 'predictions.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function buildBundle(): Promise<string> {
  const root = repoRoot();
  const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof Esbuild;
  const outfile = join(work, 'logEditor.js');
  await esbuild.build({ entryPoints: [join(root, 'webviews/logEditor/main.ts')], bundle: true, platform: 'browser', format: 'esm', target: 'es2022', minify: true, outfile, logLevel: 'warning' });
  return readFileSync(outfile, 'utf8');
}

interface Host {
  page: Page;
  received: LogEditorToHost[];
  errors: string[];
  requests: string[];
  send(message: HostToLogEditor): Promise<void>;
  state(): Promise<EditorState | undefined>;
}

interface OpenOptions {
  theme?: string;
  state?: EditorState;
  /** Answer 'ready' with this error instead of the summary. */
  failWith?: ErrorInfo;
  /** Send this progress and hold the summary until `release` resolves. */
  holdSummary?: Promise<void>;
}

/** Plain arrays in, typed arrays rebuilt in the page: what VS Code's postMessage delivers. */
function plain(message: HostToLogEditor): unknown {
  if (message.type !== 'page') return message;
  return { ...message, page: { ...message.page, columns: message.page.columns.map((c) => (c.type === 'category' ? { ...c, codes: Array.from(c.codes) } : { ...c, values: Array.from(c.values) })) } };
}

async function open(options: OpenOptions = {}): Promise<Host> {
  const theme = THEMES[options.theme ?? 'light'];
  const nonce = createNonce();
  const fake = `<script nonce="${nonce}">
    window.__state = ${JSON.stringify(options.state ?? null)} ?? undefined;
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__toHost(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });
    window.__fromHost = (m) => {
      if (m.type === 'page') for (const c of m.page.columns) { if (c.type === 'category') c.codes = Int32Array.from(c.codes); else c.values = Float64Array.from(c.values); }
      window.postMessage(m, '*');
    };
    document.addEventListener('DOMContentLoaded', () => {
      document.body.className = '${theme.bodyClass}';
      ${Object.entries(theme.vars).map(([k, v]) => `document.documentElement.style.setProperty('--vscode-${k}', '${v}');`).join('\n')}
    });
  </script>`;
  const html = logEditorHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/webviews/logEditor.js`, nonce, title: 'predictions.csv' }).replace('<script type="module"', `${fake}\n<script type="module"`);

  const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const isScript = route.request().url().endsWith('.js');
    return route.fulfill({ status: 200, contentType: isScript ? 'text/javascript' : 'text/html', body: isScript ? bundle : html });
  });
  const page = await context.newPage();
  const host: Host = {
    page, received: [], errors: [], requests: [],
    send: (message) => page.evaluate((m) => (window as unknown as { __fromHost(m: unknown): void }).__fromHost(m), plain(message)),
    state: () => page.evaluate(() => (window as unknown as { __state?: EditorState }).__state),
  };
  page.on('console', (m) => void (m.type() === 'error' && host.errors.push(m.text())));
  page.on('pageerror', (e) => void host.errors.push(e.message));
  page.on('request', (r) => void host.requests.push(r.url()));
  await page.exposeFunction('__toHost', async (message: LogEditorToHost) => {
    host.received.push(message);
    if (message.type === 'ready') {
      if (options.failWith) return host.send({ type: 'error', error: options.failWith });
      if (options.holdSummary) {
        await host.send({ type: 'progress', progress: { message: 'Reading the file', done: 5e6, total: 2e7 } });
        await options.holdSummary;
      }
      return host.send({ type: 'summary', summary: view.summary() });
    }
    if (message.type === 'requestPage') return host.send({ type: 'page', page: view.page(message.offset, message.limit) });
  });
  await page.goto(`${ORIGIN}/index.html`);
  return host;
}

const rangeText = (page: Page) => page.locator('.toolbar .range').textContent();
const firstRowNumber = (page: Page) => page.locator('tbody tr:first-child td.rownum').textContent();
const pageRequests = (host: Host) => host.received.flatMap((m) => (m.type === 'requestPage' ? [m.offset] : []));

function assertClean(host: Host): void {
  assert.deepEqual(host.errors, [], 'no console errors (a CSP violation is one)');
  assert.deepEqual(host.requests, [`${ORIGIN}/index.html`, `${ORIGIN}/dist/webviews/logEditor.js`], 'nothing but the page and its bundle');
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  csvFile = writeLog();
  view = await LogFileView.open(csvFile);
  bundle = await buildBundle();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('log editor webview in Chromium', () => {
  test('shows each column with type, null rate, histogram and range, then the first page', async () => {
    const host = await open();
    const { page } = host;
    await page.waitForSelector('tbody tr:nth-child(200)');
    assert.equal(await page.locator('tbody tr').count(), 200, 'one page of rows in the DOM, not the file');
    assert.equal(await rangeText(page), 'rows 1–200 of 450');
    assert.equal(await page.locator('.toolbar .meta').textContent(), 'csv · 450 rows · 6 columns');
    const headers = await page.locator('thead th[data-column]').evaluateAll((ths) => ths.map((th) => ({
      name: th.querySelector('.name')?.textContent,
      info: th.querySelector('.info')?.textContent,
      bars: th.querySelectorAll('svg.hist rect').length,
      range: th.querySelector('.range')?.textContent,
    })));
    assert.deepEqual(headers.map((h) => [h.name, h.info]), [
      ['id', 'numberno nulls'], ['score', 'number14.2% null'], ['country', 'category9.1% null'],
      ['ok', 'booleanno nulls'], ['ts', 'timeno nulls'], ['note', 'categoryno nulls'],
    ]);
    assert.ok(headers.every((h) => h.bars > 0), 'every column has a histogram');
    assert.equal(headers[0].range, '0 … 449');
    assert.equal(headers[2].range, '5 distinct');
    assert.equal(headers[3].range, '33.3% true');
    assert.equal(headers[4].range, '2024-03-01T00:00:00Z … 2024-03-19T17:00:00Z');

    const row = (n: number) => page.locator(`tbody tr:nth-child(${n}) td`).allTextContents();
    assert.deepEqual(await row(1), ['1', '0', '50', 'fr', 'true', '2024-03-01T00:00:00Z', 'a long note that goes on and on about row 0, far wider than a column should be']);
    assert.deepEqual(await row(4), ['4', '3', 'null', 'jp', 'true', '2024-03-01T03:00:00Z', 'n0']);
    assert.deepEqual(await row(6), ['6', '5', '11.643', 'null', 'false', '2024-03-01T05:00:00Z', 'n2']);
    const styles = await page.evaluate(() => {
      const cell = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      return {
        number: cell('tbody tr:first-child td.number').textAlign,
        text: cell('tbody tr:first-child td.text').textAlign,
        nullStyle: cell('tbody td.null').fontStyle,
        headerPosition: cell('thead').position,
      };
    });
    assert.deepEqual(styles, { number: 'right', text: 'start', nullStyle: 'italic', headerPosition: 'sticky' });
    assert.equal(await page.locator('tbody tr:first-child td:last-child').getAttribute('title'), 'a long note that goes on and on about row 0, far wider than a column should be');
    assertClean(host);
    await page.context().close();
  });

  test('pages with buttons, keys and go to row, asking for each page once', async () => {
    const host = await open();
    const { page } = host;
    await page.waitForSelector('tbody tr');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction(() => document.querySelector('.toolbar .range')?.textContent === 'rows 201–400 of 450');
    assert.equal(await firstRowNumber(page), '201');
    await page.keyboard.press('PageDown');
    assert.equal(await rangeText(page), 'rows 401–450 of 450');
    assert.equal(await page.locator('tbody tr').count(), 50);
    assert.ok(await page.getByRole('button', { name: 'Next' }).isDisabled());
    assert.ok(await page.getByRole('button', { name: 'Last' }).isDisabled());
    await page.keyboard.press('PageUp');
    assert.equal(await rangeText(page), 'rows 201–400 of 450');
    await page.keyboard.press('Control+Home');
    assert.equal(await rangeText(page), 'rows 1–200 of 450');
    assert.ok(await page.getByRole('button', { name: 'Prev' }).isDisabled());
    await page.keyboard.press('Control+End');
    assert.equal(await rangeText(page), 'rows 401–450 of 450');

    await page.getByLabel('go to row').fill('333');
    await page.getByLabel('go to row').press('Enter');
    await page.waitForSelector('tbody tr.target');
    assert.equal(await rangeText(page), 'rows 201–400 of 450');
    assert.equal(await page.locator('tbody tr.target td.rownum').textContent(), '333');
    assert.deepEqual(await host.state(), { offset: 200, targetRow: 332 });

    const asked = pageRequests(host);
    assert.deepEqual([...asked].sort((a, b) => a - b), [0, 200, 400], 'cached pages are not asked again');
    assert.ok(asked.every((o) => o % 200 === 0));
    assert.ok(host.received.filter((m) => m.type === 'requestPage').every((m) => m.type === 'requestPage' && m.limit === 200));
    assertClean(host);
    await page.context().close();
  });

  test('Copy page as CSV posts the page with quoting; text stays selectable', async () => {
    const host = await open();
    const { page } = host;
    await page.waitForSelector('tbody tr');
    await page.getByRole('button', { name: 'Copy page as CSV' }).click();
    await page.waitForFunction(() => document.querySelector('.toolbar .dim:last-child')?.textContent?.startsWith('Copied'));
    const copy = host.received.find((m) => m.type === 'copy');
    assert.ok(copy?.type === 'copy');
    assert.equal(copy.format, 'csv');
    const lines = copy.text.trimEnd().split('\n');
    assert.equal(lines.length, 201);
    assert.equal(lines[0], 'id,score,country,ok,ts,note');
    assert.equal(lines[1], '0,50,fr,true,2024-03-01T00:00:00.000Z,"a long note that goes on and on about row 0, far wider than a column should be"');
    assert.equal(lines[4], '3,,jp,true,2024-03-01T03:00:00.000Z,n0');
    assert.equal(lines[5], '4,19.728,"a, ""b""",false,2024-03-01T04:00:00.000Z,n1');
    assert.equal(lines[6], '5,11.643,,false,2024-03-01T05:00:00.000Z,n2');
    const userSelect = await page.evaluate(() => getComputedStyle(document.querySelector('tbody td.number') as Element).userSelect);
    assert.notEqual(userSelect, 'none');
    assertClean(host);
    await page.context().close();
  });

  test('the saved offset survives the webview being rebuilt (hidden, then shown)', async () => {
    const host = await open({ state: { offset: 400 } });
    const { page } = host;
    await page.waitForSelector('tbody tr');
    assert.equal(await rangeText(page), 'rows 401–450 of 450');
    assert.equal(pageRequests(host)[0], 400, 'the saved page is asked first');
    assertClean(host);
    await page.context().close();
  });

  test('progress while the file loads, then a readable error with hint, file:line and Retry', async () => {
    let release = (): void => {};
    const host = await open({ holdSummary: new Promise<void>((resolve) => (release = resolve)) });
    const { page } = host;
    await page.waitForFunction(() => document.querySelector('.progress')?.textContent?.includes('of'));
    assert.equal(await page.locator('.progress div').first().textContent(), 'Reading the file: 5.0 MB of 20.0 MB');
    assert.equal(await page.locator('.progress .bar').evaluate((b) => (b as HTMLElement).style.width), '25%');
    release();
    await page.waitForSelector('tbody tr');
    assert.ok(await page.locator('.progress').isHidden());
    await page.context().close();

    const failing = await open({ failWith: { code: 'csv.bad', message: 'predictions.csv: line 12 has 9 fields, the header has 6', hint: 'Fix the row or quote its commas.', file: '/logs/predictions.csv', line: 12 } });
    const error = failing.page.locator('.banner.error');
    await error.waitFor();
    assert.equal(await error.locator('.message').textContent(), 'predictions.csv: line 12 has 9 fields, the header has 6');
    assert.equal(await error.locator('.hint').textContent(), 'Fix the row or quote its commas.');
    assert.equal(await error.locator('.where').textContent(), '/logs/predictions.csv:12');
    await error.getByRole('button', { name: 'Retry' }).click();
    await failing.page.waitForFunction(() => true);
    assert.equal(failing.received.filter((m) => m.type === 'ready').length >= 2, true, 'Retry asks the host again');
    await failing.page.context().close();
  });

  test('follows the VS Code theme (light, dark, high contrast)', async () => {
    for (const theme of Object.keys(THEMES)) {
      const host = await open({ theme });
      const { page } = host;
      await page.waitForSelector('tbody tr:nth-child(200)');
      await page.getByLabel('go to row').fill('7');
      await page.getByLabel('go to row').press('Enter');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const expected = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', 'high-contrast': 'rgb(0, 0, 0)' }[theme];
      assert.equal(background, expected, theme);
      if (SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.locator('th[data-column="score"] svg.hist rect').nth(5).hover();
        await page.screenshot({ path: join(SCREENSHOTS, `log-editor-${theme}.png`) });
      }
      assertClean(host);
      await page.context().close();
    }
  });
});

