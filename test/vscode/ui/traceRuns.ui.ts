/**
 * Two drill-downs of diagnosis in the real workbench. The Stage Trace panel on the demo draws
 * its component-runs ranking as a table, in the order the result ranks them, in both themes.
 * In a notebook, a `sightline.sliceDiff` cell draws what moved, and a click on a grown slice
 * inserts a cell below that diffs the same stage and ranges on that slice's features.
 */
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { openVSCode, type VSCodeSession } from '../harness';
import { DROP_DAY, diagnosisWorkspace } from './diagnosisWorkspace';

const TRACE_READY = 'body[data-kind="trace"][data-charts-ready] #runs';
const REFERENCE = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1 + DROP_DAY) };
const CURRENT = { start: Date.UTC(2024, 0, 1 + DROP_DAY), end: Date.UTC(2024, 0, 31) };

for (const theme of ['Default Light Modern', 'Default Dark Modern'] as const) {
  const mode = theme.includes('Dark') ? 'dark' : 'light';
  suite(`Stage Trace component runs, ${theme}`, () => {
    let vs: VSCodeSession;
    suiteSetup(async () => {
      vs = await openVSCode({ name: `ui-trace-runs-${mode}`, theme });
    });
    suiteTeardown(async () => vs?.close());

    test('the ranked code versions and runs are tables in rank order, onset ones marked, with Copy CSV', async function () {
      this.timeout(300_000);
      await vs.runCommand('Sightline: Trace Stages');
      const frame = await vs.webviewFrame(TRACE_READY, 240_000);
      assert.equal(await frame.locator('#runs h2').textContent(), 'Code versions and component runs');
      const versions = await frame.locator('#runs table.sl-ranked-versions tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
      assert.ok(versions.length >= 5 && versions.length <= 10, JSON.stringify(versions));
      // The release that broke clean (miles in distance_km) began at that incident's onset, and every output below it is flagged.
      assert.ok(versions.some((r) => r[2] === 'clean@1.4.0' && r[6] === '100%' && /^began at incident #\d+$/.test(r[7])), JSON.stringify(versions));
      const headers = await frame.locator('#runs table.sl-ranked-runs thead th').allTextContents();
      assert.deepEqual(headers, ['Rank', 'Run', 'Stage / component', 'Code version', 'Started (UTC)', 'Flagged outputs', 'Share of flagged', 'Began at onset']);
      const rows = await frame.locator('#runs table.sl-ranked-runs tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
      assert.equal(rows.length, 20, 'the result keeps the 20 runs with the most coverage');
      assert.deepEqual(rows.map((r) => r[0]), rows.map((_, i) => String(i + 1)));
      const covered = rows.map((r) => Number(r[5]));
      assert.ok(covered.every((c, i) => i === 0 || c <= covered[i - 1]), `coverage never rises down the table: ${covered.join(',')}`);
      assert.deepEqual(rows[0].slice(1, 4), ['ingest-20010508', 'ingest', 'ingest@1.2.0']);
      assert.ok(rows.every((r) => /^\d+(\.\d+)?%$/.test(r[6])), 'each run has its share of the flagged outputs');
      // The demo's clean@1.4.0 began at an incident's onset: its first run and its version are marked.
      assert.ok(rows.some((r) => r[3] === 'clean@1.4.0' && /^run began at incident #\d+$/.test(r[7])), JSON.stringify(rows));
      assert.ok((await frame.locator('#runs tr.sl-version-began').count()) > 0);
      assert.equal(await frame.locator('#runs button', { hasText: 'Copy CSV' }).count(), 2);
      await frame.locator('#runs').evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await vs.screenshot(`stage-trace-runs-${mode}`);
    });
  });

  suite(`notebook slice-diff drill-down, ${theme}`, () => {
    let vs: VSCodeSession;
    let workspace: string;
    suiteSetup(async () => {
      workspace = diagnosisWorkspace();
      vs = await openVSCode({ name: `ui-notebook-slice-diff-${mode}`, theme, workspace });
    });
    suiteTeardown(async () => {
      await vs?.close();
      rmSync(workspace, { recursive: true, force: true });
    });

    test('a click on a grown slice inserts a cell diffing its features, same stage and ranges', async function () {
      this.timeout(300_000);
      await vs.runCommand('Sightline: New Sightline Notebook', 60_000);
      await vs.page.locator('.notebook-toolbar-container', { hasText: 'Sightline' }).first().waitFor({ timeout: 30_000 });
      // The new notebook opens with its first cell selected: the diff goes above it.
      await vs.runCommand('Notebook: Insert Code Cell Above', 30_000);
      const range = (r: { start: number; end: number }) => `{ start: ${r.start}, end: ${r.end} }`;
      await vs.page.keyboard.insertText(`await sightline.sliceDiff('sightline.json', { stage: 'scored', reference: ${range(REFERENCE)}, current: ${range(CURRENT)} })`);
      await vs.page.keyboard.press('Escape');
      await vs.runCommand('Notebook: Execute Cell', 30_000);
      const frame = await vs.webviewFrame('.sightline-output[data-kind="slice-diff"] table.sl-grown tbody tr.sl-drill', 120_000);
      const output = frame.locator('.sightline-output[data-kind="slice-diff"]');
      // From DROP_DAY the scored stage loses half its android records: their share shrinks.
      const shrunk = await output.locator('table.sl-shrunk tbody tr').allTextContents();
      assert.ok(shrunk.some((row) => row.startsWith('device = android')), JSON.stringify(shrunk));
      const grown = output.locator('table.sl-grown tbody tr.sl-drill').first();
      const slice = ((await grown.locator('td').nth(0).textContent()) ?? '').trim();
      await vs.screenshot(`notebook-slice-diff-${mode}`);
      await grown.click();
      const features = JSON.stringify([...slice.matchAll(/(?:^| & )([^=&]+?) = /g)].map((m) => m[1]));
      // The manifest is written as the absolute path the pipeline was loaded from.
      const expected = `sightline.json", { stage: "scored", reference: ${range(REFERENCE)}, current: ${range(CURRENT)}, features: ${features}, maxLevel: ${JSON.parse(features).length} })`;
      const inserted = vs.page.locator('.notebook-editor .cell .view-lines').filter({ hasText: /every[\s\u00a0]slice[\s\u00a0]of[\s\u00a0]its[\s\u00a0]features/ }).first();
      await inserted.waitFor({ timeout: 20_000 });
      const code = ((await inserted.textContent()) ?? '').replace(/\u00a0/g, ' ');
      assert.ok(code.includes(`// Grown slice #1: ${slice} (risk ratio`), code);
      assert.ok(code.includes('await sightline.sliceDiff("/') && code.includes(expected), `${code}\nexpected ${expected}`);
    });
  });
}
