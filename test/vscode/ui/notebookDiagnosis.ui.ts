import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';
import { diagnosisWorkspace } from './diagnosisWorkspace';
import { scrollNotebookTo } from './notebookScroll';

// A new Sightline notebook on a small two-stage pipeline with planted problems: the trace, slices
// and why starter cells draw their views through the renderer in both themes, and a click on an
// incident or a slice inserts a cell below its output that reproduces the drill-down.
for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  const mode = dark ? 'dark' : 'light';
  suite(`notebook diagnosis, ${theme}`, () => {
    let vs: VSCodeSession;
    let workspace: string;
    suiteSetup(async () => {
      workspace = diagnosisWorkspace();
      vs = await openVSCode({ name: `ui-notebook-diagnosis-${mode}`, theme, workspace });
    });
    suiteTeardown(async () => {
      await vs?.close();
      rmSync(workspace, { recursive: true, force: true });
    });

    test('trace, slices and why cells draw their views; drill-downs insert cells', async function () {
      this.timeout(300_000);
      await vs.runCommand('Sightline: New Sightline Notebook', 60_000);
      await vs.page.locator('.notebook-toolbar-container', { hasText: 'Sightline' }).first().waitFor({ timeout: 30_000 });
      await vs.runCommand('Notebook: Run All', 30_000);
      const frame = await vs.webviewFrame('.sightline-output', 120_000);

      await scrollNotebookTo(vs, frame, 'trace');
      const trace = frame.locator('.sightline-output[data-kind="trace"]');
      const incidents = await trace.locator('table.sl-incidents tbody tr').allTextContents();
      assert.ok(incidents.some((row) => row.includes('ingest.amount') && row.includes('nulls') && row.includes('scored.amount')), `incidents: ${JSON.stringify(incidents)}`);
      assert.match((await trace.locator('table.sl-loss tbody tr').first().textContent()) ?? '', /ingest → scored1,440/);
      assert.match(await frame.evaluate(() => document.body.className), dark ? /vscode-dark/ : /vscode-light/);
      await vs.screenshot(`notebook-trace-${mode}`);

      await trace.locator('table.sl-incidents tbody tr.sl-drill', { hasText: 'ingest.amount' }).first().click();
      await cellWithText(vs, 'incidentKey').waitFor({ timeout: 20_000 });

      await scrollNotebookTo(vs, frame, 'slices');
      const slices = frame.locator('.sightline-output[data-kind="slices"]');
      assert.match((await slices.locator('table.sl-slices tbody tr').first().textContent()) ?? '', /country = FR & device = android|device = android & country = FR/);
      assert.ok((await slices.locator('table.sl-slices tbody tr.sl-significant').count()) >= 1);
      assert.equal(await slices.getAttribute('data-charts'), '1');
      assert.equal(await slices.locator('figure[data-chart] .js-plotly-plot .main-svg').count() > 0, true);
      assert.ok((await slices.locator('figure[data-chart] figcaption button').allTextContents()).includes('Save PNG'));
      await vs.screenshot(`notebook-slices-${mode}`);
      await scrollNotebookTo(vs, frame, 'slices', 'figure[data-chart]');
      await vs.screenshot(`notebook-slices-chart-${mode}`);
      await slices.locator('table.sl-slices tbody tr.sl-drill').first().click();
      await cellWithText(vs, 'every slice of its features').waitFor({ timeout: 20_000 });

      await scrollNotebookTo(vs, frame, 'lineage');
      const lineage = frame.locator('.sightline-output[data-kind="lineage"]');
      assert.deepEqual(await lineage.locator('ol.sl-path > li .sl-stage-head strong').allTextContents(), ['ingest', 'scored (predictions+labels)']);
      assert.match((await lineage.locator('dl.sl-outcome').textContent()) ?? '', /Prediction.*Label/);
      await vs.screenshot(`notebook-why-${mode}`);
    });
  });
}

/** A notebook cell editor whose code holds `text` (Monaco renders spaces as no-break spaces). */
function cellWithText(vs: VSCodeSession, text: string) {
  return vs.page.locator('.notebook-editor .cell .view-lines').filter({ hasText: new RegExp(text.replace(/ /g, '[\\s\\u00a0]')) }).first();
}
