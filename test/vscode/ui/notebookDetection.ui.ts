import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';
import { detectionWorkspace } from './detectionWorkspace';
import { scrollNotebookTo } from './notebookScroll';

// A new Sightline notebook on a small pipeline with planted problems: its monitor and drift
// starter cells must draw through the renderer (charts, alert list, drift table) in both themes.
for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  const mode = dark ? 'dark' : 'light';
  suite(`notebook detection, ${theme}`, () => {
    let vs: VSCodeSession;
    let workspace: string;
    suiteSetup(async () => {
      workspace = detectionWorkspace();
      vs = await openVSCode({ name: `ui-notebook-detection-${mode}`, theme, workspace });
    });
    suiteTeardown(async () => {
      await vs?.close();
      rmSync(workspace, { recursive: true, force: true });
    });

    test('monitor and drift cells draw their charts, alerts and table', async function () {
      this.timeout(300_000);
      await vs.runCommand('Sightline: New Sightline Notebook', 60_000);
      await vs.page.locator('.notebook-toolbar-container', { hasText: 'Sightline' }).first().waitFor({ timeout: 30_000 });
      await vs.runCommand('Notebook: Run All', 30_000);
      // The notebook draws outputs of the cells in view only: scroll down to the monitor and drift cells.
      const frame = await vs.webviewFrame('.sightline-output', 120_000);
      await scrollNotebookTo(vs, frame, 'monitor');

      const monitor = frame.locator('.sightline-output[data-kind="monitor"]');
      assert.equal(await monitor.getAttribute('data-charts'), '2', 'heat map and performance');
      assert.equal(await monitor.locator('.js-plotly-plot .main-svg').count() > 0, true);
      const alerts = await monitor.locator('.sl-alerts button.sl-alert-body').allTextContents();
      assert.ok(alerts.length >= 3, `alerts: ${JSON.stringify(alerts)}`);
      assert.ok(alerts.some((a) => /nulls/.test(a) && /events\.amount/.test(a)), `the null burst is listed: ${JSON.stringify(alerts)}`);
      assert.match((await monitor.locator('header .meta').textContent()) ?? '', /1 stage · 40 day windows · .* alerts?/);
      await monitor.locator('.sl-alerts button.sl-alert-body').first().click();
      assert.match((await monitor.locator('.sl-cell-detail').textContent()) ?? '', /^alert /);
      assert.deepEqual(await chartKeys(frame, 'monitor'), ['monitor.heatmap', 'monitor.performance']);
      // The host opens monitor results in its dashboard, drift results in no panel.
      await monitor.locator('header button', { hasText: 'Open in panel' }).waitFor({ timeout: 20_000 });
      const bodyClass = await frame.evaluate(() => document.body.className);
      assert.match(bodyClass, dark ? /vscode-dark/ : /vscode-light/);
      await vs.screenshot(`notebook-monitor-${mode}`);
      await scrollNotebookTo(vs, frame, 'monitor', 'figure[data-chart="monitor.heatmap"]');
      await vs.screenshot(`notebook-monitor-charts-${mode}`);

      await scrollNotebookTo(vs, frame, 'drift');

      const drift = frame.locator('.sightline-output[data-kind="drift"]');
      assert.equal(await drift.getAttribute('data-charts'), '1');
      assert.deepEqual(await chartKeys(frame, 'drift'), ['drift.effects']);
      assert.equal(await drift.locator('header button', { hasText: 'Open in panel' }).count(), 0);
      const driftRows = await drift.locator('table.sl-drift tbody tr').count();
      assert.equal(driftRows, 2, 'amount and channel');
      assert.equal(await drift.locator('table.sl-drift tbody tr.sl-drifted').count() >= 1, true);
      await drift.locator('.sl-table-actions button', { hasText: 'Copy table' }).click();
      await drift.locator('.sl-table-actions .status', { hasText: /^Copied$/ }).waitFor({ timeout: 10_000 });
      await vs.screenshot(`notebook-drift-${mode}`);
    });
  });
}

async function chartKeys(frame: Frame, kind: string): Promise<string[]> {
  return frame.locator(`.sightline-output[data-kind="${kind}"] figure[data-chart]`).evaluateAll((figures) => figures.map((f) => (f as HTMLElement).dataset.chart ?? ''));
}
