/**
 * The Slice Explorer in the real workbench: "Sightline: Find Slices" from the Command Palette
 * draws the ranked slices and the error-per-slice chart; clicking a slice shows it against the
 * rest of the rows. Light and dark themes.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';

const MOVED_READY = 'body[data-kind="sliceAlert"][data-charts-ready] figure[data-chart="sliceDiff.shares"] .js-plotly-plot svg.main-svg';
const SLICES_READY = 'body[data-kind="slices"][data-charts-ready] figure[data-chart="slices.errors"] .js-plotly-plot svg.main-svg';

for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  const suffix = dark ? 'dark' : 'light';
  suite(`slice explorer, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-slices-${suffix}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('Find Slices draws the ranked slices and their errors; a click shows the slice against the rest', async () => {
      await vs.runCommand('Sightline: Find Slices');
      const frame = await vs.webviewFrame(SLICES_READY, 240_000);
      const rows = frame.locator('table.sl-slices[data-list="top"] tbody tr');
      assert.ok((await rows.count()) > 0, 'the demo has slices worse than the rest');
      assert.match(await frame.evaluate(() => document.body.className), dark ? /vscode-dark/ : /vscode-light/);
      const background = await frame.$eval('figure[data-chart="slices.errors"] .main-svg', (svg) => getComputedStyle(svg).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      assert.ok(dark ? r + g + b < 200 : r + g + b > 600, `chart background ${background}`);
      const markers = await frame.locator('figure[data-chart="slices.errors"] .scatterlayer .trace .point').count();
      assert.ok(markers > 0, 'a marker per slice');
      await vs.screenshot(`slices-table-${suffix}`);

      await rows.first().click();
      await frame.waitForSelector('body[data-selected-slice="top:0"] #detail .sl-detail table.sl-detail-table', { timeout: 20_000 });
      assert.ok(await rows.first().evaluate((e) => e.classList.contains('selected')));
      assert.equal(await frame.locator('#detail .sl-detail-table tbody tr').count(), 3, 'the slice, the rest and all rows');
      assert.equal(await frame.locator('#detail button', { hasText: 'Open in notebook' }).count(), 1);
      await frame.locator('#detail').scrollIntoViewIfNeeded();
      await vs.screenshot(`slices-detail-${suffix}`);

      await frame.locator('#errors').scrollIntoViewIfNeeded();
      await vs.screenshot(`slices-chart-${suffix}`);
    });

    test('Find Slices on an alert in the Pipelines tree shows what moved in its stage', async () => {
      await vs.page.locator('.part.activitybar .action-item .action-label[aria-label^="Sightline"]').click();
      const rows = vs.page.locator('.part.sidebar .monaco-list-row');
      const pipeline = rows.first();
      await pipeline.waitFor({ timeout: 30_000 });
      if ((await pipeline.getAttribute('aria-expanded')) === 'false') await pipeline.click();
      // The Alerts item expands once monitoring has found alerts; a tree restored collapsed stays so.
      const alerts = rows.filter({ hasText: /^Alerts\s*\d+ alert/ }).first();
      await alerts.waitFor({ timeout: 120_000 });
      if ((await alerts.getAttribute('aria-expanded')) === 'false') await alerts.locator('.monaco-tl-twistie').click();
      const alert = rows.filter({ hasText: /^features\.\S+ · drift · since/ }).first();
      await alert.waitFor({ timeout: 120_000 });
      await alert.hover();
      await alert.locator('.action-label[aria-label="Find Slices"]').click();
      const frame = await vs.webviewFrame(MOVED_READY, 240_000);
      assert.ok((await frame.locator('#moved table.sl-diff tbody tr').count()) > 0, 'slices whose share changed');
      assert.equal(await frame.locator('figure[data-chart="sliceDiff.shares"] .barlayer .trace').count(), 2, 'reference and current bars');
      // Let the finished progress notifications fade before the picture.
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await vs.screenshot(`slices-alert-${suffix}`);
    });
  });
}
