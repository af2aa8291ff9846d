/**
 * The log viewer in the real workbench: a Parquet file of the demo opens in it by default,
 * shows rows under a header with each column's summary, and pages forward.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Frame } from 'playwright-core';
import { openVSCode, pickFromQuickInput, type VSCodeSession } from '../harness';

const FILE = 'logs/predict/month=2001-01/part-0.parquet';
// Quick Open rows show the name, then the folder: match the folder, every month has a part-0.
const FOLDER = 'logs/predict/month=2001-01';

for (const theme of ['Default Light Modern', 'Default Dark Modern'] as const) {
  const dark = theme.includes('Dark');
  suite(`log editor, ${theme}`, () => {
    let vs: VSCodeSession;
    let frame: Frame;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-log-editor-${dark ? 'dark' : 'light'}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('a Parquet file opens in the viewer with its rows and column summaries', async () => {
      await pickFromQuickInput(vs.page, 'Control+P', FILE, FOLDER);
      frame = await vs.webviewFrame('tbody tr:nth-child(200)', 90_000);
      assert.equal(await frame.locator('tbody tr').count(), 200);
      assert.match((await frame.locator('.toolbar .range').textContent()) ?? '', /^rows 1–200 of [\d,]+$/);
      assert.match((await frame.locator('.toolbar .meta').textContent()) ?? '', /^parquet · [\d,]+ rows · \d+ columns/);
      const headers = await frame.locator('thead th[data-column]').count();
      assert.ok(headers > 3, `${headers} columns`);
      assert.ok((await frame.locator('thead svg.hist rect').count()) > headers, 'histograms in the header');
      assert.equal(await frame.evaluate(() => document.body.classList.contains('vscode-dark')), dark);
      await vs.screenshot(`log-editor-${dark ? 'dark' : 'light'}`);
    });

    test('Next and PageDown page forward', async () => {
      await frame.getByRole('button', { name: 'Next' }).click();
      await frame.waitForFunction(() => document.querySelector('.toolbar .range')?.textContent?.startsWith('rows 201–400 of'), null, { timeout: 20_000 });
      assert.equal(await frame.locator('tbody tr:first-child td.rownum').textContent(), '201');
      await frame.locator('.scroller').focus();
      await vs.page.keyboard.press('PageDown');
      await frame.waitForFunction(() => document.querySelector('.toolbar .range')?.textContent?.startsWith('rows 401–600 of'), null, { timeout: 20_000 });
      await vs.screenshot(`log-editor-${dark ? 'dark' : 'light'}-page-3`);
    });
  });
}
