/**
 * UI tests drive the real workbench in headless Chromium through test/vscode/harness.
 * To add one: create test/vscode/ui/<feature>.ui.ts like this file (TDD: suite/test), open a
 * session with openVSCode({ name, theme }) in suiteSetup and close it in suiteTeardown. Each
 * session is its own code-server (about 5 s to a ready workbench), so share one per file.
 * Screenshots land in test-results/. Run only the UI tests: `node scripts/vscode/run.mjs --only=ui`.
 */
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';

for (const theme of ['Default Dark Modern', 'Default Light Modern'] as const) {
  const dark = theme.includes('Dark');
  suite(`workbench, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-workbench-${dark ? 'dark' : 'light'}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('applies the theme set before start', async () => {
      const type = dark ? 'vs-dark' : 'vs';
      await vs.page.waitForFunction((t) => document.querySelector('.monaco-workbench')?.classList.contains(t), type, { timeout: 15_000 });
    });

    test('shows the Sightline activity bar icon and its Pipelines view', async () => {
      const icon = vs.page.locator('.part.activitybar .action-item .action-label[aria-label^="Sightline"]');
      await icon.waitFor({ state: 'visible', timeout: 30_000 });
      await icon.click();
      // One view in the container: its name joins the container's title ("SIGHTLINE: PIPELINES").
      await vs.page.locator('.part.sidebar .composite.title', { hasText: /Sightline: Pipelines/i }).waitFor({ timeout: 20_000 });
    });

    test('the Pipelines view shows the demo pipeline and its stages', async () => {
      const rows = vs.page.locator('.part.sidebar .monaco-list-row');
      // The root row is named after the folder until it is expanded and the manifest is read.
      const pipeline = rows.first();
      await pipeline.waitFor({ timeout: 30_000 });
      if ((await pipeline.getAttribute('aria-expanded')) === 'false') await pipeline.click();
      for (const stage of ['flights-demo', 'ingest', 'clean', 'features', 'predict', 'feedback']) {
        // Reading the logs takes seconds, more on a busy 2-core CI machine.
        await rows.filter({ hasText: stage }).first().waitFor({ timeout: 60_000 });
      }
      await vs.screenshot(`pipelines-${dark ? 'dark' : 'light'}`);
    });
  });
}
