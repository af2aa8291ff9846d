/**
 * The monitoring dashboard in the real workbench: Monitor Pipeline from the Command Palette
 * draws the alert list and the heat map; selecting an alert draws its distribution against the
 * reference; Detect Drift on two log files draws the per-column table. Light and dark themes.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { demoWorkspace, openVSCode, type VSCodeSession } from '../harness';

const MONITOR_READY = 'body[data-kind="monitor"][data-charts-ready] figure[data-chart="monitor.heatmap"] .js-plotly-plot svg.main-svg';
const DRIFT_READY = 'body[data-kind="drift"][data-charts-ready] table.sl-drift tbody tr';

/** In the open "the reference / current data" pick, chooses "A log file…" and types the path into the file dialog. */
async function pickLogFile(page: Page, path: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'A log file…' }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
  // The file dialog is a quick input that first fills in its folder: type once it has.
  const input = page.locator('.quick-input-widget input');
  await page.waitForFunction(() => /\/$/.test(document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value ?? ''), null, { timeout: 20_000 });
  for (let attempt = 0; attempt < 5 && (await input.inputValue()) !== path; attempt++) {
    await input.fill(path);
    await page.waitForTimeout(400);
  }
  await page.keyboard.press('Enter');
}

for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  const suffix = dark ? 'dark' : 'light';
  suite(`monitoring dashboard, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-dashboard-${suffix}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('Monitor Pipeline draws the alert list and the heat map; an alert draws its distribution', async () => {
      await vs.runCommand('Sightline: Monitor Pipeline');
      const frame = await vs.webviewFrame(MONITOR_READY, 180_000);
      const alerts = frame.locator('ul.sl-alerts button.sl-alert-body');
      assert.ok((await alerts.count()) > 0, 'the demo raises alerts');
      assert.match(await frame.evaluate(() => document.body.className), dark ? /vscode-dark/ : /vscode-light/);
      const background = await frame.$eval('figure[data-chart="monitor.heatmap"] .main-svg', (svg) => getComputedStyle(svg).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      assert.ok(dark ? r + g + b < 200 : r + g + b > 600, `chart background ${background}`);
      await vs.screenshot(`dashboard-monitor-${suffix}`);

      // A drift alert is on a column's values: it has a distribution to overlay.
      const columnAlert = alerts.filter({ has: frame.locator('.sl-kind', { hasText: /^drift$/ }) }).first();
      await columnAlert.click();
      await frame.waitForSelector('body[data-distribution="ready"] #selection .js-plotly-plot svg.main-svg', { timeout: 60_000 });
      assert.ok(await columnAlert.evaluate((e) => e.classList.contains('selected')));
      const bars = await frame.locator('#selection .js-plotly-plot .barlayer .trace').count();
      assert.equal(bars, 2, 'reference and current bars');
      await frame.locator('#selection').scrollIntoViewIfNeeded();
      await vs.screenshot(`dashboard-distribution-${suffix}`);

      // A click on the heat map selects the cell under the pointer (and outlines it).
      const selected = await frame.evaluate(() => document.body.dataset.selected);
      const heatmap = frame.locator('figure[data-chart="monitor.heatmap"] .nsewdrag').first();
      await heatmap.scrollIntoViewIfNeeded();
      const box = await heatmap.boundingBox();
      assert.ok(box, 'the heat map has a plot area');
      await heatmap.click({ position: { x: box.width * 0.6, y: box.height * 0.35 } });
      await frame.waitForFunction((before) => document.body.dataset.selected !== before, selected, { timeout: 20_000 });
      await frame.waitForSelector('figure[data-chart="monitor.heatmap"] .shapelayer path', { timeout: 20_000 });
      await vs.screenshot(`dashboard-heatmap-selected-${suffix}`);
    });

    test('Detect Drift on two log files draws the column table and the effect sizes', async () => {
      await vs.runCommand('Sightline: Detect Drift');
      await pickLogFile(vs.page, join(demoWorkspace, 'logs/ingest/2001-01.csv'));
      await pickLogFile(vs.page, join(demoWorkspace, 'logs/ingest/2001-06.csv'));
      const frame = await vs.webviewFrame(DRIFT_READY, 120_000);
      // origin, destination and distance; flight_id is left out as identifier-like and event_time as time.
      assert.equal(await frame.locator('table.sl-drift tbody tr').count(), 3);
      await frame.waitForSelector('figure[data-chart="drift.effects"] .js-plotly-plot svg.main-svg', { timeout: 30_000 });
      assert.match((await frame.locator('h1').textContent()) ?? '', /2001-01\.csv vs 2001-06\.csv/);
      await vs.screenshot(`dashboard-drift-${suffix}`);
      await frame.locator('#effects').scrollIntoViewIfNeeded();
      await vs.screenshot(`dashboard-drift-effects-${suffix}`);
    });
  });
}
