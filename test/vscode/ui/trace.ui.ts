/**
 * The Stage Trace panel in the real workbench: Trace Stages from the Command Palette draws the
 * stage graph and the incidents; selecting an incident marks its first bad stage; a record key
 * typed into the lineage box draws the record's path. Light and dark themes.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';

const TRACE_READY = 'body[data-kind="trace"][data-charts-ready] svg.sl-graph g.sl-stage';

for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  const suffix = dark ? 'dark' : 'light';
  suite(`Stage Trace panel, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-trace-${suffix}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('Trace Stages draws the stage graph and the incidents; an incident marks its first stage; a key draws its lineage', async () => {
      await vs.runCommand('Sightline: Trace Stages');
      const frame = await vs.webviewFrame(TRACE_READY, 240_000);
      assert.match(await frame.evaluate(() => document.body.className), dark ? /vscode-dark/ : /vscode-light/);
      const stages = await frame.locator('svg.sl-graph g.sl-stage').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-stage')));
      assert.deepEqual(stages, ['ingest', 'clean', 'features', 'predict', 'feedback']);
      assert.ok((await frame.locator('svg.sl-graph line.sl-edge').count()) === 4, 'an arrow between each consecutive pair');
      assert.ok((await frame.locator('svg.sl-graph g.sl-stage-alert, svg.sl-graph g.sl-stage-warn').count()) > 0, 'some stage is colored by an anomaly');
      const incidents = frame.locator('ul.sl-incidents button.sl-alert-body');
      assert.ok((await incidents.count()) > 0, 'the demo raises incidents');
      await frame.waitForSelector('figure[data-chart="trace.recordLoss"] .js-plotly-plot svg.main-svg', { timeout: 30_000 });
      await vs.screenshot(`trace-graph-${suffix}`);

      // The last incident, so the test does not only pass for the first.
      const last = incidents.last();
      const index = await last.getAttribute('data-incident');
      const where = ((await last.locator('.sl-where').textContent()) ?? '').split('.')[0];
      await last.click();
      await frame.waitForFunction((i) => document.body.dataset.incident === i, index, { timeout: 10_000 });
      assert.ok(await last.evaluate((e) => e.classList.contains('selected')));
      assert.equal(await frame.locator('svg.sl-graph g.sl-stage[data-first="true"]').getAttribute('data-stage'), where);
      assert.equal(await frame.locator('svg.sl-graph .sl-first-tag').count(), 1);
      await frame.locator('#graph').scrollIntoViewIfNeeded();
      await vs.screenshot(`trace-incident-selected-${suffix}`);

      await frame.locator('#loss .sl-pair').first().scrollIntoViewIfNeeded();
      await frame.waitForSelector('#loss .sl-pair .js-plotly-plot svg.main-svg', { timeout: 30_000 });
      await vs.screenshot(`trace-record-loss-${suffix}`);

      await frame.locator('#lineage-key').fill('F0000050');
      await frame.locator('#lineage-key').press('Enter');
      await frame.waitForSelector('body[data-lineage="ready"] ol.sl-path li.sl-path-stage', { timeout: 60_000 });
      assert.equal(await frame.evaluate(() => document.body.dataset.lineageKey), 'F0000050');
      assert.equal(await frame.locator('ol.sl-path li.sl-path-stage').count(), 5);
      await frame.locator('#lineage').scrollIntoViewIfNeeded();
      await vs.screenshot(`trace-lineage-${suffix}`);

      // An example key from the list draws that record instead.
      const example = frame.locator('#lineage button.sl-example').nth(1);
      const key = (await example.textContent()) ?? '';
      await example.click();
      await frame.waitForFunction((k) => document.body.dataset.lineage === 'ready' && document.body.dataset.lineageKey === k, key, { timeout: 30_000 });
    });
  });
}
