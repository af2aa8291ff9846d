/**
 * The slice profile in the real workbench: the Slice Explorer opens with slice #1 profiled;
 * clicking the second slice shows its error and share of rows over time and one distribution
 * chart per feature. "Open in notebook" adds a cell that repeats the search within the slice.
 * Light and dark themes.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';

const SLICES_READY = 'body[data-kind="slices"][data-charts-ready] figure[data-chart="slices.errors"] .js-plotly-plot svg.main-svg';
const profileReady = (slice: string) => `body[data-profile-ready] #profile[data-slice="${slice}"][data-ready] figure[data-chart="sliceProfile.time"] .js-plotly-plot svg.main-svg`;

for (const theme of ['Default Light Modern', 'Default Dark Modern'] as const) {
  const dark = theme.includes('Dark');
  const suffix = dark ? 'dark' : 'light';
  suite(`slice profile, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-slice-profile-${suffix}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('slice #1 is profiled on open; clicking the second slice shows its distributions and time series', async () => {
      await vs.runCommand('Sightline: Find Slices');
      const frame = await vs.webviewFrame(SLICES_READY, 240_000);
      await frame.waitForSelector(profileReady('top:0'), { timeout: 120_000 });
      const rows = frame.locator('table.sl-slices[data-list="top"] tbody tr');
      assert.ok((await rows.count()) > 1, 'the demo has a second slice');
      const second = rows.nth(1);
      const predicates = ((await second.locator('td.sl-predicates').textContent()) ?? '').trim();
      await second.click();
      await frame.waitForSelector(profileReady('top:1'), { timeout: 120_000 });
      assert.ok(await second.evaluate((e) => e.classList.contains('selected')));
      const title = ((await frame.locator('#profile h3.sl-profile-title').textContent()) ?? '').trim();
      assert.ok(title.startsWith('#2: ') && title.includes(predicates), `the header "${title}" names the predicates "${predicates}"`);
      const features = frame.locator('#profile figure[data-chart^="sliceProfile.feature."] .js-plotly-plot svg.main-svg');
      assert.ok((await features.count()) > 0, 'a distribution chart per feature');
      assert.ok((await frame.locator('#profile figure[data-chart="sliceProfile.time"] .scatterlayer .trace').count()) >= 3, 'slice and rest lines with bands');
      assert.ok((await frame.locator('#profile figure[data-chart^="sliceProfile.feature."] .barlayer .trace').count()) >= 2, 'slice and rest bars');
      const background = await frame.$eval('#profile figure[data-chart="sliceProfile.time"] .main-svg', (svg) => getComputedStyle(svg).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      assert.ok(dark ? r + g + b < 200 : r + g + b > 600, `chart background ${background}`);
      assert.equal(await frame.locator('#profile figure[data-chart="sliceProfile.time"] button', { hasText: 'Save PNG' }).count(), 1);
      await vs.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await frame.locator('#profile').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await vs.screenshot(`slice-profile-${suffix}`);
    });

    if (!dark) {
      test('Open in notebook in the slice detail adds a cell with the code that repeats the slice', async () => {
        const frame = await vs.webviewFrame(profileReady('top:1'), 60_000);
        const predicates = ((await frame.locator('table.sl-slices[data-list="top"] tbody tr').nth(1).locator('td.sl-predicates').textContent()) ?? '').trim();
        await frame.locator('#detail button', { hasText: 'Open in notebook' }).click();
        await cellWithText(vs, 'await sightline.slices(').waitFor({ timeout: 60_000 });
        const comment = cellWithText(vs, '// Slice #2:');
        await comment.waitFor({ timeout: 10_000 });
        const text = ((await comment.textContent()) ?? '').replace(/\u00a0/g, ' ');
        assert.ok(text.includes(predicates.split(' & ')[0]), `the cell names the slice: ${text}`);
        await vs.screenshot(`slice-notebook-cell-${suffix}`);
      });
    }
  });
}

/** A notebook cell editor whose code holds `text` (Monaco renders spaces as no-break spaces). */
function cellWithText(vs: VSCodeSession, text: string) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]');
  return vs.page.locator('.notebook-editor .cell .view-lines').filter({ hasText: new RegExp(escaped) }).first();
}
