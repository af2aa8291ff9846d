/**
 * The Pipeline Overview panel in the real workbench: run from the Command Palette, drawn by
 * plotly inside the webview under its strict CSP, in the dark and the light theme.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, waitForWorkbench, type VSCodeSession } from '../harness';

for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  suite(`overview panel, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-overview-${dark ? 'dark' : 'light'}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('Show Pipeline Overview draws the three charts and the stage table', async () => {
      await vs.runCommand('Sightline: Show Pipeline Overview');
      const frame = await vs.webviewFrame('body[data-charts-ready] .js-plotly-plot svg.main-svg', 120_000);
      const plots = await frame.$$eval('.js-plotly-plot', (els) => els.map((e) => e.querySelectorAll('svg.main-svg').length));
      assert.equal(plots.length, 3, `plots: ${JSON.stringify(plots)}`);
      assert.ok(plots.every((n) => n > 0));
      const stages = await frame.$$eval('table.stages tbody tr td:first-child strong', (els) => els.map((e) => e.textContent));
      assert.deepEqual(stages, ['ingest', 'clean', 'features', 'predict', 'feedback']);
      const bodyClass = await frame.evaluate(() => document.body.className);
      assert.match(bodyClass, dark ? /vscode-dark/ : /vscode-light/);
      // Charts follow the editor background of the theme.
      const background = await frame.$eval('.js-plotly-plot .main-svg', (svg) => getComputedStyle(svg).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      assert.ok(dark ? r + g + b < 200 : r + g + b > 600, `chart background ${background}`);
      await vs.screenshot(`overview-${dark ? 'dark' : 'light'}`);
    });

    test('the Pipelines view lists a stage\'s columns with type and null rate', async () => {
      await vs.page.locator('.part.activitybar .action-item .action-label[aria-label^="Sightline"]').click();
      const rows = vs.page.locator('.part.sidebar .monaco-list-row');
      const expand = async (label: string) => {
        const row = rows.filter({ hasText: label }).first();
        await row.waitFor({ timeout: 30_000 });
        if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
      };
      await expand('flights-demo');
      await expand('predict');
      await expand('Columns');
      await rows.filter({ hasText: /score\s*number · [\d.<]+% null · score/ }).first().waitFor({ timeout: 20_000 });
      await vs.screenshot(`pipelines-columns-${dark ? 'dark' : 'light'}`);
    });

    if (dark) {
      test('the panel comes back after a window reload and draws again', async () => {
        // Through the command, as a user would: a bare page reload can skip storing the open editors.
        const navigated = vs.page.waitForEvent('framenavigated', { predicate: (f) => f === vs.page.mainFrame(), timeout: 60_000 });
        await vs.runCommand('Developer: Reload Window');
        await navigated;
        await waitForWorkbench(vs.page);
        // The restored state draws at once; then the host's recomputed result replaces it.
        const frame = await vs.webviewFrame('body[data-result-from="host"][data-charts-ready] .js-plotly-plot svg.main-svg', 120_000);
        assert.equal(await frame.locator('.js-plotly-plot').count(), 3);
        assert.equal(await frame.locator('h1').textContent(), 'flights-demo');
      });
    }
  });
}
