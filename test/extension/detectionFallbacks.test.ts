import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultMimeType } from '../../core/protocol';
import { repoRoot } from '../report/bundle';
import { test } from 'node:test';
import { cellOutputItems } from '../../extension/notebook/kernel/cellOutputs';
import { monitorFixture, driftFixture, performanceFixture } from '../core/charts/detectionFixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a monitor result reads without the renderer: summary, alerts worst first, stages', () => {
  const items = cellOutputItems(monitorFixture({ performance: performanceFixture() }));
  assert.deepEqual(items.map((i) => i.mime), ['application/vnd.sightline.monitor+json', 'text/html', 'text/plain']);
  const html = items[1].text;
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /Sightline monitor: shop<\/strong> · 2 stages · 4 day windows · reference 2024-01-01 – 2024-01-02 · 2 alerts, 1 warning/);
  const rows = [...html.matchAll(/<tr><td[^>]*><strong>(alert|warn)<\/strong><\/td><td[^>]*>([a-z-]+)<\/td><td[^>]*><code>([^<]+)<\/code>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
  assert.deepEqual(rows, ['alert volume ingest', 'alert nulls ingest.amount', 'warn unseen-category ingest.country']);
  assert.match(html, /2024-01-03 – 2024-01-04 \(2 windows\)/);
  assert.match(html, /Concentrated in device = ios: 10% vs 1% in the rest/);
  // ingest: windows 2 and 3 are outside the reference; day 2 warns (drift 5), day 3 alerts (nulls 9).
  assert.match(html, /<td[^>]*>ingest<\/td><td[^>]*>4<\/td><td[^>]*>2<\/td><td[^>]*>4,006<\/td><td[^>]*>1<\/td><td[^>]*>1<\/td><td[^>]*>2024-01-04 \(score 9\.0\)<\/td>/);
  assert.match(html, /Performance \(classification\): 4 windows, label coverage 46\.3% of 400 predictions; 2 windows with too few labels carry estimates\./);
  const text = items[2].text.split('\n');
  assert.equal(text[0], 'Sightline monitor: shop · 2 stages · 4 day windows · reference 2024-01-01 – 2024-01-02 · 2 alerts, 1 warning');
  assert.equal(text[1], '  ALERT volume ingest 2024-01-03 – 2024-01-04: rows fell');
  assert.match(items[2].text, /WARN  unseen-category ingest\.country 2024-01-04: unseen 5%\n {8}concentrated in device = ios/);
});

test('a monitor result without alerts says so', () => {
  const [, html, text] = cellOutputItems(monitorFixture({ alerts: [] }));
  assert.match(html.text, /No alerts or warnings/);
  assert.match(text.text, /0 alerts, 0 warnings$/);
});

test('a drift result reads without the renderer: rule, one row per column, drifted first', () => {
  const items = cellOutputItems(driftFixture());
  assert.deepEqual(items.map((i) => i.mime), ['application/vnd.sightline.drift+json', 'text/html', 'text/plain']);
  const html = items[1].text;
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /1 of 2 columns drifted · 520 current vs 500 reference rows · default tests, Benjamini-Hochberg at 0\.05/);
  assert.match(html, /<th[^>]*>Effect size \[95% interval\]<\/th>/);
  assert.match(html, /<td[^>]*><strong>amount<\/strong><\/td><td[^>]*>number<\/td><td[^>]*>ks<\/td><td[^>]*>0\.21<\/td><td[^>]*>1\.0e-4<\/td><td[^>]*>2\.0e-4<\/td><td[^>]*>0\.3 \[0\.22, 0\.38\]<\/td><td[^>]*>yes<\/td>/);
  assert.ok(html.indexOf('amount') < html.indexOf('>country<'));
  assert.match(html, /Skipped: ts \(time column\)/);
  assert.equal(items[2].text.split('\n')[2], '  DRIFT amount (ks, adjusted p 2.0e-4, effect 0.3 [0.22, 0.38]): p (BH) 0.0002 < 0.05 and the effect interval reaches 0.1 SD');
});

test('the detection fallbacks escape names, evidence and reasons', () => {
  const monitor = monitorFixture();
  monitor.alerts[0] = { ...monitor.alerts[0], column: HOSTILE, evidence: '<script>alert(2)</script>' };
  const drift = driftFixture();
  drift.columns[0] = { ...drift.columns[0], column: HOSTILE, reason: '"quoted" & <b>' };
  for (const html of [cellOutputItems(monitor)[1].text, cellOutputItems(drift)[1].text]) {
    assert.ok(!html.includes('<img'), 'no markup from data');
    assert.ok(!html.includes('<script'), 'no script from data');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  }
  assert.ok(cellOutputItems(drift)[1].text.includes('&quot;quoted&quot; &amp; &lt;b&gt;'));
});

test('the renderer is declared for every result kind the kernel emits', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { notebookRenderer: { mimeTypes: string[] }[] } };
  const declared = manifest.contributes.notebookRenderer.flatMap((r) => r.mimeTypes);
  for (const kind of ['inspect', 'overview', 'monitor', 'drift'] as const) assert.ok(declared.includes(resultMimeType(kind)), `${kind} is drawn by the renderer`);
});
