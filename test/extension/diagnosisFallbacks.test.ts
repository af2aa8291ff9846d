import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { resultMimeType } from '../../core/protocol';
import type { ResultKind } from '../../core/protocol';
import { cellOutputItems } from '../../extension/notebook/kernel/cellOutputs';
import { repoRoot } from '../report/bundle';
import { lineageFixture, sliceDiffFixture, slicesFixture, traceFixture } from './diagnosisFixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a slices result reads without the renderer: ranked slices with intervals, folding, small slices', () => {
  const items = cellOutputItems(slicesFixture());
  assert.deepEqual(items.map((i) => i.mime), ['application/vnd.sightline.slices+json', 'text/html', 'text/plain']);
  const html = items[1].text;
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /Sightline slices: scored\.csv<\/strong> · 1,000 rows \(20 without an error left out\) · overall error 0\.12 \(mismatch of 0\/1 &quot;label&quot; and &quot;predicted&quot;\) · 2 of 42 slices evaluated/);
  assert.match(html, /<td[^>]*>1<\/td><td[^>]*><strong>country = FR &amp; device = android<\/strong><\/td><td[^>]*>150<\/td><td[^>]*>0\.56 \[0\.51, 0\.61\]<\/td><td[^>]*>0\.7<\/td><td[^>]*>1\.0e-40<\/td><td[^>]*><\/td>/);
  assert.match(html, /<td[^>]*>country = FR &amp; device = android &amp; plan = free<\/td>.*<td[^>]*>into #1<\/td>/);
  assert.match(html, /Small but significantly worse, outside the top 10:/);
  assert.match(html, /country = DE &amp; device = web &amp; plan = pro/);
  const text = items[2].text.split('\n');
  assert.match(text[0], /^Sightline slices: scored\.csv · 1,000 rows/);
  assert.equal(text[1], '  1 · country = FR & device = android · rows 150 · error [95% interval] 0.56 [0.51, 0.61] · score 0.7 · adjusted p 1.0e-40');
  assert.match(text[2], /folded into #1$/);
  assert.match(items[2].text, /small but significantly worse:\n {2}1 · country = DE/);
});

test('a slice-diff result lists grown and shrunk slices with shares and risk ratios', () => {
  const [, html, text] = cellOutputItems(sliceDiffFixture());
  assert.match(html.text, /Sightline what moved: current vs reference<\/strong> · 520 current vs 500 reference rows · 1 grown, 1 shrunk/);
  assert.match(html.text, /<td[^>]*>device = android<\/td><td[^>]*>10% \(50\)<\/td><td[^>]*>30\.8% \(160\)<\/td><td[^>]*>3\.07<\/td>/);
  assert.ok(html.text.indexOf('android') < html.text.indexOf('>device = ios<'));
  assert.match(text.text, /GROWN  device = android · reference 10% \(50\) · current 30\.8% \(160\) · risk ratio 3\.07/);
  assert.match(text.text, /SHRUNK device = ios/);
});

test('a trace result reads without the renderer: incident root, onset interval, downstream, runs and record loss', () => {
  const items = cellOutputItems(traceFixture());
  assert.equal(items[0].mime, 'application/vnd.sightline.trace+json');
  const html = items[1].text;
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /Sightline stage trace: shop<\/strong> · 0 alerts and warnings in 1 incident · day windows · 1 stage pair joined by key/);
  assert.match(html, /<td[^>]*><strong>ingest\.amount<\/strong><\/td><td[^>]*>nulls<\/td><td[^>]*>2024-01-21 \[2024-01-20 – 2024-01-21\]<\/td><td[^>]*>scored\.amount from 2024-01-21<\/td><td[^>]*>ingest v2 began \(after v1\)<\/td>/);
  assert.match(html, /<td[^>]*>ingest → scored<\/td><td[^>]*>1,440<\/td><td[^>]*>49 \(3\.4%\)<\/td><td[^>]*>0 \(0%\)<\/td><td[^>]*>3 \(0\.2%\)<\/td><td[^>]*>1<\/td>/);
  const text = items[2].text.split('\n');
  assert.equal(text[1], '  1. ingest.amount (nulls) since 2024-01-21 [2024-01-20 – 2024-01-21]; downstream: scored.amount from 2024-01-21; runs: ingest v2 began (after v1)');
  assert.equal(text[2], '  ingest → scored: 1,440 records, dropped 49 (3.4%), nulled 0 (0%), changed 3 (0.2%)');
});

test('a lineage result reads without the renderer: the path with its changes, prediction and label', () => {
  const items = cellOutputItems(lineageFixture());
  assert.equal(items[0].mime, 'application/vnd.sightline.lineage+json');
  const html = items[1].text;
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /Sightline record: shop<\/strong> · record e20-0 · in 2 of 3 stages · event time 2024-01-21 00:00 UTC/);
  assert.match(html, /<td[^>]*>ingest<\/td><td[^>]*>1 row<\/td><td[^>]*>id = e20-0, amount = 51\.5, country = fr<\/td>/);
  assert.match(html, /<strong>changed<\/strong> country: fr → FR<br><strong>nulled<\/strong> amount: 51\.5 → null<br><strong>added<\/strong> score = 0\.7<br><em>against ingest; 1 unchanged<\/em>/);
  assert.match(html, /<td[^>]*>archive<\/td><td[^>]*><strong>dropped: an upstream stage had the record, this one does not<\/strong>/);
  assert.match(html, /Prediction scored: score 0\.7, class 1/);
  assert.match(html, /Label scored: label = 0/);
  assert.deepEqual(items[2].text.split('\n').slice(1, 5), ['  ● ingest: 1 row', '  ● scored: 1 row', '      changed country: fr → FR', '      nulled amount: 51.5 → null']);
});

test('the diagnosis fallbacks escape names, values and notes', () => {
  const slices = slicesFixture();
  slices.slices[0].predicates[0].value = HOSTILE;
  const trace = traceFixture();
  trace.incidents[0].column = HOSTILE;
  trace.notes.push('<script>alert(2)</script>');
  const lineage = lineageFixture();
  lineage.stages[0].rows[0].values.amount = HOSTILE;
  const diff = sliceDiffFixture();
  diff.grown[0].predicates[0].feature = HOSTILE;
  for (const result of [slices, trace, lineage, diff]) {
    const html = cellOutputItems(result)[1].text;
    assert.ok(!html.includes('<img') && !html.includes('<script'), `no markup from data in ${result.kind}`);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), result.kind);
  }
});

test('the renderer is declared for every result kind, the diagnosis kinds included', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { notebookRenderer: { mimeTypes: string[] }[] } };
  const declared = manifest.contributes.notebookRenderer.flatMap((r) => r.mimeTypes);
  const kinds: ResultKind[] = ['inspect', 'overview', 'monitor', 'drift', 'slices', 'slice-diff', 'trace', 'lineage'];
  for (const kind of kinds) assert.ok(declared.includes(resultMimeType(kind)), `${kind} is drawn by the renderer`);
});
