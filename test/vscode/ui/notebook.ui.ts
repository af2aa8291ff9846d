import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';

// A new Sightline notebook on the demo pipeline, run in the workbench: the renderer must draw
// the overview's plotly charts and stage table in the editor's theme.
for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  suite(`notebook, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-notebook-${dark ? 'dark' : 'light'}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('New Sightline Notebook runs and the renderer draws plotly charts', async () => {
      await vs.runCommand('Sightline: New Sightline Notebook', 60_000);
      await vs.page.locator('.notebook-editor .cell-list-container').first().waitFor({ timeout: 30_000 });
      // The command selects the Sightline kernel; the toolbar shows it once it is bound.
      await vs.page.locator('.notebook-toolbar-container', { hasText: 'Sightline' }).first().waitFor({ timeout: 30_000 });
      await vs.runCommand('Notebook: Run All', 30_000);
      const frame = await vs.webviewFrame('.sightline-output .js-plotly-plot', 180_000);
      await frame.waitForFunction(() => document.querySelectorAll('.sightline-output .js-plotly-plot .main-svg').length >= 2, null, { timeout: 60_000 });
      const bodyClass = await frame.evaluate(() => document.body.className);
      assert.match(bodyClass, dark ? /vscode-dark/ : /vscode-light/);
      const stages = await frame.locator('.sightline-output table.stages tbody tr').count();
      assert.ok(stages >= 5, `stage rows: ${stages}`);
      // "Open in panel" appears once the host has said which result kinds it opens.
      await frame.locator('.sightline-output button', { hasText: 'Open in panel' }).first().waitFor({ timeout: 20_000 });
      const buttons = await frame.locator('.sightline-output button').allTextContents();
      assert.ok(buttons.includes('Open in panel') && buttons.includes('Save PNG'), `buttons: ${JSON.stringify(buttons)}`);
      await frame.locator('.sightline-output').first().scrollIntoViewIfNeeded();
      await vs.page.waitForTimeout(500);
      await vs.screenshot(`notebook-${dark ? 'dark' : 'light'}`);
    });
  });
}
