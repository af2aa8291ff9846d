import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { darkTheme, lightTheme } from '../../core/charts';
import { loadReportAssets, overviewReport, renderReport } from '../../core/report';
import type { ReportAssets } from '../../core/report';
import { buildReportBundle } from './bundle';
import { overviewFixture } from './fixture';
import { monitorPipeline } from '../../core/monitor';
import { syntheticPipeline } from '../core/monitor/synthetic';

// The browser test runs the real report in Debian's Chromium: it is the only check that the
// inlined plotly and bundle work together offline. It fails, never skips, without a browser.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Set to a directory to also write full-page screenshots (light and dark), e.g. for docs/report.png.
const SCREENSHOTS = process.env.SIGHTLINE_SCREENSHOTS;
const HOSTILE = '</script><script>window.__pwned = 1; alert(1)</script>';

interface Observed {
  page: Page;
  url: string;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  failedRequests: string[];
  dialogs: string[];
}

let browser: Browser;
let assets: ReportAssets;
const outDir = mkdtempSync(join(tmpdir(), 'sightline-report-test-'));

function writeReport(name: string, html: string): string {
  const path = join(outDir, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

async function open(context: BrowserContext, url: string): Promise<Observed> {
  const page = await context.newPage();
  const seen: Observed = { page, url, consoleErrors: [], pageErrors: [], requests: [], failedRequests: [], dialogs: [] };
  page.on('console', (m) => void (m.type() === 'error' && seen.consoleErrors.push(m.text())));
  page.on('pageerror', (e) => void seen.pageErrors.push(e.message));
  page.on('request', (r) => void seen.requests.push(r.url()));
  page.on('requestfailed', (r) => void seen.failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-charts-ready]', { timeout: 20_000 });
  return seen;
}

function assertClean(seen: Observed): void {
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.failedRequests, [], 'failed requests');
  assert.deepEqual(seen.requests, [seen.url], 'the report loads nothing but itself');
  assert.deepEqual(seen.dialogs, [], 'dialogs');
}

/** Per chart: rendered plotly SVG and how many traces of each kind it drew. */
async function plotSummary(page: Page) {
  return page.$$eval('figure.chart', (figures) =>
    figures.map((figure) => ({
      key: figure.getAttribute('data-chart'),
      plotly: figure.querySelectorAll('.js-plotly-plot').length,
      mainSvg: figure.querySelectorAll('svg.main-svg').length,
      lines: figure.querySelectorAll('.scatterlayer .trace path.js-line').length,
      heatmaps: figure.querySelectorAll('.heatmaplayer .hm image').length,
      buttons: Array.from(figure.querySelectorAll('.chart-toolbar button'), (b) => b.textContent),
    })),
  );
}

const MISSING_BROWSER = `${CHROMIUM} not found: the report browser test needs Debian's Chromium. Install it as root with \`apt-get update && apt-get install -y chromium\` (the test does not skip).`;

// Its own test so a missing browser shows as a failure with this message, not only as
// cancelled tests.
test('Debian Chromium is installed', () => {
  assert.ok(existsSync(CHROMIUM), MISSING_BROWSER);
});

before(async () => {
  assert.ok(existsSync(CHROMIUM), MISSING_BROWSER);
  assets = loadReportAssets({ reportPath: await buildReportBundle() });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('standalone report in Chromium', () => {
  const result = overviewFixture();

  test('draws the three charts and the stage table offline, without errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const seen = await open(context, writeReport('overview.html', renderReport(overviewReport(result), assets)));
    const { page } = seen;

    assert.equal(await page.locator('.js-plotly-plot').count(), 3);
    assert.deepEqual(await plotSummary(page), [
      { key: 'overview.volume', plotly: 1, mainSvg: 3, lines: 3, heatmaps: 0, buttons: ['Download PNG', 'Download SVG', 'Copy data (CSV)'] },
      { key: 'overview.nullRates', plotly: 1, mainSvg: 3, lines: 0, heatmaps: 1, buttons: ['Download PNG', 'Download SVG', 'Copy data (CSV)'] },
      { key: 'overview.labelCoverage', plotly: 1, mainSvg: 3, lines: 2, heatmaps: 0, buttons: ['Download PNG', 'Download SVG', 'Copy data (CSV)'] },
    ]);
    const legend = await page.locator('#volume .legendtext').allTextContents();
    assert.deepEqual(legend, ['ingest', 'features', 'predictions']);

    const table = await page.locator('table.stages').innerText();
    for (const stage of result.inspect.stages) {
      assert.ok(table.includes(stage.name), stage.name);
      assert.ok(table.includes(stage.rows.toLocaleString('en-US')), `${stage.name} rows`);
    }
    assert.ok(table.includes('58.8%'));
    assert.ok(table.includes('2024-03-01 – 2024-03-30'));
    assert.match(await page.locator('table.diagnostics').innerText(), /csv\.ragged-row/);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'report-light.png'), fullPage: true });
    }
    assertClean(seen);
    await context.close();
  });

  test('the detection section draws the monitor heat map and lists its alerts', async () => {
    const planted = syntheticPipeline({ nullBurst: { days: [40, 41], share: 0.4 } });
    const monitor = await monitorPipeline(planted.pipeline, planted.engine, { bucket: 'day' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const seen = await open(context, writeReport('detection.html', renderReport(overviewReport({ ...result, monitor }), assets)));
    const { page } = seen;
    assert.equal(await page.locator('.js-plotly-plot').count(), 4);
    assert.equal(await page.locator('#detection .heatmaplayer .hm image').count(), 1);
    const alerts = await page.locator('table.alerts').innerText();
    assert.match(alerts, /nulls\s+ingest\.y\s+2024-02-10 to 2024-02-11/);
    if (SCREENSHOTS) await page.locator('#detection').screenshot({ path: join(SCREENSHOTS, 'report-detection.png') });
    assertClean(seen);
    await context.close();
  });

  test('follows a dark color scheme, page and plots alike', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const seen = await open(context, writeReport('overview-dark.html', renderReport(overviewReport(result), assets)));
    const { page } = seen;
    const colors = await page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      plot: document.querySelector('#volume .main-svg')?.getAttribute('style') ?? '',
    }));
    assert.equal(colors.page, hexToRgb(darkTheme.page));
    assert.ok(colors.plot.includes(hexToRgb(darkTheme.surface)), `plot background in ${colors.plot}`);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'report-dark.png'), fullPage: true });

    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction((bg) => document.querySelector('#volume .main-svg')?.getAttribute('style')?.includes(bg), hexToRgb(lightTheme.surface));
    assertClean(seen);
    await context.close();
  });

  test('a hostile stage name stays text: no script runs, no dialog opens', async () => {
    const hostile = overviewFixture({ stageNames: [HOSTILE, 'features', '"><img src=x onerror=alert(2)>'] });
    const context = await browser.newContext();
    const seen = await open(context, writeReport('hostile.html', renderReport(overviewReport(hostile), assets)));
    const { page } = seen;
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('table.stages tbody tr:first-child strong').innerText(), HOSTILE);
    assert.equal(await page.locator('.js-plotly-plot').count(), 3);
    assertClean(seen);
    await context.close();
  });

  test('per-chart buttons download SVG and PNG and copy the data as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      const copied: string[] = [];
      Object.defineProperty(window, '__copied', { value: copied });
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    });
    const seen = await open(context, writeReport('buttons.html', renderReport(overviewReport(result), assets)));
    const { page } = seen;
    const toolbar = page.locator('#null-rates .chart-toolbar');

    const [svg] = await Promise.all([page.waitForEvent('download'), toolbar.getByText('Download SVG').click()]);
    assert.equal(svg.suggestedFilename(), 'fraud-scoring-overview-nullrates.svg');
    const [png] = await Promise.all([page.waitForEvent('download'), toolbar.getByText('Download PNG').click()]);
    assert.equal(png.suggestedFilename(), 'fraud-scoring-overview-nullrates.png');

    await toolbar.getByText('Copy data (CSV)').click();
    await page.waitForSelector('#null-rates .status:text("Copied")');
    const copied = await page.evaluate(() => (window as { __copied?: string[] }).__copied ?? []);
    assert.equal(copied.length, 1);
    assert.ok(copied[0].startsWith('y,x,value\ningest,event_id,0\n'), copied[0].slice(0, 80));
    assert.ok(copied[0].includes('features,device_idx,0.214'));

    // Downloads are data:/blob: URLs made in the page; nothing else may be requested.
    seen.requests = seen.requests.filter((url) => !/^(data|blob):/.test(url));
    assertClean(seen);
    await context.close();
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
