import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';
import { scrollNotebookTo } from './notebookScroll';

// A new Sightline notebook on the demo pipeline: its last starter cell runs
// `await sightline.whatif(manifest, threshold for F1)`, and the renderer draws the verdict,
// the metrics table, the per-window and per-slice charts, the assumptions and the export.
for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const mode = theme.includes('Dark') ? 'dark' : 'light';
  suite(`notebook reaction, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-notebook-reaction-${mode}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('a sightline.whatif cell draws the verdict, metrics, charts and export', async function () {
      this.timeout(400_000);
      await vs.runCommand('Sightline: New Sightline Notebook', 60_000);
      await vs.page.locator('.notebook-toolbar-container', { hasText: 'Sightline' }).first().waitFor({ timeout: 30_000 });
      await vs.runCommand('Notebook: Run All', 30_000);
      const frame = await vs.webviewFrame('.sightline-output', 180_000);
      await scrollNotebookTo(vs, frame, 'whatif', '', 300_000);
      const whatif = frame.locator('.sightline-output[data-kind="whatif"]');
      const headline = (await whatif.locator('.sl-whatif-headline').textContent()) ?? '';
      assert.match(headline, /Verdict: (helps|no clear change|hurts)/);
      assert.match(headline, /F1 [\d.]+ → [\d.]+, after − before [+-]?[\d.e-]+ \[/);
      const metrics = await whatif.locator('table.sl-whatif-metrics tbody tr').allTextContents();
      assert.match(metrics[0] ?? '', /^F1 \(primary\)/);
      assert.ok(metrics.length >= 2, `metrics: ${JSON.stringify(metrics)}`);
      assert.match((await whatif.locator('.sl-whatif-coverage').textContent()) ?? '', /labeled of [\d,]+ out-of-sample records/);
      assert.ok(Number(await whatif.getAttribute('data-charts')) >= 1);
      assert.ok((await whatif.locator('figure[data-chart="whatif.overTime"] .js-plotly-plot .main-svg').count()) > 0);
      assert.match((await whatif.locator('pre.sl-whatif-export').textContent()) ?? '', /"kind": "threshold"/);
      await vs.screenshot(`notebook-whatif-${mode}`);
      await scrollNotebookTo(vs, frame, 'whatif', 'figure[data-chart="whatif.overTime"]');
      await vs.screenshot(`notebook-whatif-charts-${mode}`);
      await scrollNotebookTo(vs, frame, 'whatif', 'pre.sl-whatif-export');
      await vs.screenshot(`notebook-whatif-export-${mode}`);

      // "Open in panel" makes the cell's result a run of the pipeline's What-If panel, its form set to repeat it.
      // The output's header is scrolled out of the notebook's view by now: click it in place.
      await whatif.locator('header button', { hasText: 'Open in panel' }).evaluate((button) => (button as HTMLButtonElement).click());
      const panel = await vs.webviewFrame('body[data-runs="1"][data-charts-ready] figure[data-chart="whatif.overTime"] .js-plotly-plot svg.main-svg', 60_000);
      assert.match((await panel.locator('.wi-headline h2').textContent()) ?? '', /^F1 \S+ → \S+: /);
      assert.equal(await panel.locator('select[name="remediation"]').inputValue(), 'threshold');
      await vs.screenshot(`notebook-whatif-open-in-panel-${mode}`);
    });
  });
}
