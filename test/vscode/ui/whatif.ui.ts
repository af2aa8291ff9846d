/**
 * The What-If panel in the real workbench: "Sightline: What If…" from the Command Palette, a
 * threshold for best F1, the verdict with over-time and per-slice charts; a second run from
 * the panel's form lands in the Compared table and chart. Light and dark themes.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { openVSCode, waitForWorkbench, type VSCodeSession } from '../harness';

const FIRST_READY = 'body[data-runs="1"][data-charts-ready] figure[data-chart="whatif.overTime"] .js-plotly-plot svg.main-svg';
const SLICES_READY = 'body[data-kind="slices"][data-charts-ready] figure[data-chart="slices.errors"] .js-plotly-plot svg.main-svg';
const THIRD_READY = 'body[data-runs="3"][data-charts-ready] .wi-verdict';
const FOURTH_READY = 'body[data-runs="4"][data-charts-ready] .wi-verdict';
const SECOND_READY = 'body[data-runs="2"][data-charts-ready] figure[data-chart="whatif.compare"] .js-plotly-plot svg.main-svg';

async function pick(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
}

for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  const suffix = dark ? 'dark' : 'light';
  suite(`What-If panel, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-whatif-${suffix}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('What If… simulates a threshold, shows the verdict and charts, and compares a second run', async () => {
      await vs.runCommand('Sightline: What If…');
      await pick(vs.page, 'Threshold');
      await pick(vs.page, 'Best F1');
      const frame = await vs.webviewFrame(FIRST_READY, 240_000);
      assert.match(await frame.evaluate(() => document.body.className), dark ? /vscode-dark/ : /vscode-light/);
      const verdict = await frame.locator('.wi-verdict').getAttribute('data-verdict');
      assert.ok(['helps', 'no clear change', 'hurts', 'no interval'].includes(verdict ?? ''), `verdict ${verdict}`);
      assert.match((await frame.locator('.wi-headline h2').textContent()) ?? '', /^F1 \S+ → \S+: /);
      assert.match((await frame.locator('.wi-remediation').textContent()) ?? '', /200 bootstrap replicates/);
      const background = await frame.$eval('figure[data-chart="whatif.overTime"] .main-svg', (svg) => getComputedStyle(svg).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      assert.ok(dark ? r + g + b < 200 : r + g + b > 600, `chart background ${background}`);
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await vs.screenshot(`whatif-verdict-${suffix}`);

      await frame.locator('#whatif-bySlice').scrollIntoViewIfNeeded();
      await vs.screenshot(`whatif-slices-${suffix}`);
      await frame.locator('#backtest').scrollIntoViewIfNeeded();
      await vs.screenshot(`whatif-backtest-${suffix}`);

      await frame.locator('select[name="remediation"]').selectOption('recalibrate');
      await frame.locator('.wi-form button.primary').click();
      const compared = await vs.webviewFrame(SECOND_READY, 240_000);
      assert.equal(await compared.locator('table.wi-compare tbody tr').count(), 2, 'one row per run');
      assert.equal(await compared.locator('table.wi-compare button', { hasText: 'Export…' }).count(), 2);
      await compared.locator('#compared').scrollIntoViewIfNeeded();
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await vs.screenshot(`whatif-compared-${suffix}`);
    });

    test('"What if…" on a slice of the Slice Explorer simulates a fallback of that slice in the same panel', async () => {
      await vs.runCommand('Sightline: Find Slices');
      const slices = await vs.webviewFrame(SLICES_READY, 240_000);
      await slices.locator('table.sl-slices[data-list="top"] tbody tr').first().click();
      await slices.locator('#detail button', { hasText: 'What if…' }).click();
      await pick(vs.page, 'Fallback: send to review');
      const frame = await vs.webviewFrame(THIRD_READY, 240_000);
      await frame.locator('.wi-scope', { hasText: /On slice .+ = / }).waitFor({ timeout: 30_000 });
      assert.match((await frame.locator('.wi-remediation').textContent()) ?? '', /^#3 Fallback of .+ to review · /);
      await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await vs.screenshot(`whatif-slice-fallback-${suffix}`);
    });

    test('What If… on an alert in the Pipelines tree simulates a threshold on the alert’s windows', async () => {
      await vs.page.locator('.part.activitybar .action-item .action-label[aria-label^="Sightline"]').click();
      const rows = vs.page.locator('.part.sidebar .monaco-list-row');
      const pipeline = rows.first();
      await pipeline.waitFor({ timeout: 30_000 });
      if ((await pipeline.getAttribute('aria-expanded')) === 'false') await pipeline.click();
      const alerts = rows.filter({ hasText: /^Alerts\s*\d+ alert/ }).first();
      await alerts.waitFor({ timeout: 120_000 });
      if ((await alerts.getAttribute('aria-expanded')) === 'false') await alerts.locator('.monaco-tl-twistie').click();
      const alert = rows.filter({ hasText: /^features\.\S+ · drift · since/ }).first();
      await alert.waitFor({ timeout: 120_000 });
      await alert.click({ button: 'right' });
      await vs.page.locator('.context-view .action-label', { hasText: 'What If…' }).first().click();
      // A click that lands while the menu is still settling leaves it open with the item highlighted.
      const picks = vs.page.locator('.quick-input-list .monaco-list-row').first();
      if (!(await picks.waitFor({ timeout: 15_000 }).then(() => true, () => false))) await vs.page.keyboard.press('Enter');
      await pick(vs.page, 'Threshold on these windows');
      await pick(vs.page, 'Best F1');
      const frame = await vs.webviewFrame(FOURTH_READY, 240_000);
      assert.match((await frame.locator('.wi-scope').textContent()) ?? '', /drift alert at features\./);
      await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await vs.screenshot(`whatif-alert-${suffix}`);
    });

    test('a retraining schedule from the form replays every policy and shows them in a table', async function () {
      this.timeout(400_000);
      const frame = await vs.webviewFrame(FOURTH_READY, 60_000);
      await frame.locator('button', { hasText: 'Use all records' }).click().catch(() => undefined);
      await frame.locator('select[name="remediation"]').selectOption('schedule');
      await frame.locator('input[name="cost per retraining"]').fill('100');
      await frame.locator('.wi-form button.primary').click();
      const done = await vs.webviewFrame('body[data-runs="5"][data-charts-ready] #schedule table.wi-schedule', 300_000);
      const policies = await done.locator('table.wi-schedule tbody tr td:first-child').allTextContents();
      assert.deepEqual(policies, ['never retrain', 'retrain every 7 days', 'retrain on drift']);
      assert.match((await done.locator('.wi-headline h2').textContent()) ?? '', /^accuracy \S+ → \S+: /i);
      await done.locator('#whatif-schedule').scrollIntoViewIfNeeded();
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await vs.screenshot(`whatif-schedule-${suffix}`);
    });

    if (dark) {
      test('the panel comes back after a window reload with every run', async () => {
        const navigated = vs.page.waitForEvent('framenavigated', { predicate: (f) => f === vs.page.mainFrame(), timeout: 60_000 });
        await vs.runCommand('Developer: Reload Window');
        await navigated;
        await waitForWorkbench(vs.page);
        const frame = await vs.webviewFrame('body[data-result-from="state"][data-runs="5"][data-charts-ready] .wi-verdict', 120_000);
        assert.equal(await frame.locator('table.wi-compare tbody tr').count(), 5);
      });
    }
  });
}
