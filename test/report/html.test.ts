import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  escapeHtml,
  html,
  javascriptForScript,
  jsonForScript,
  loadReportAssets,
  overviewReport,
  renderReport,
} from '../../core/report';
import { overviewFixture } from './fixture';

const HOSTILE = '</script><script>alert(1)</script>';
const assets = { plotlyJs: 'window.Plotly = {}; // plotly stand-in', reportJs: 'console.log("</script>")' };

function embeddedJson(page: string): string {
  const match = /<script type="application\/json" id="sightline-result">([\s\S]*?)<\/script>/.exec(page);
  assert.ok(match, 'embedded result script');
  return match[1];
}

describe('HTML escaping', () => {
  test('escapeHtml and html`` escape text and attributes, nest SafeHtml as is', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    assert.equal(html`<p title="${'"'}">${inner}${['<', 1, null]}</p>`.value, '<p title="&quot;"><b>&lt;i&gt;</b>&lt;1</p>');
  });

  test('a hostile stage name reaches the page only as text and as escaped JSON', () => {
    const result = overviewFixture({ stageNames: [HOSTILE, 'features', `"><img src=x onerror=alert(2)>`] });
    const page = renderReport(overviewReport(result), assets);
    assert.ok(!page.includes('<script>alert(1)'), 'no injected script tag');
    assert.ok(!page.includes('<img src=x'), 'no injected image tag');
    assert.equal(page.match(/<script\b/gi)?.length, 3, 'only the three report scripts');
    assert.ok(page.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'stage name shown as text');
    const json = embeddedJson(page);
    assert.ok(!json.includes('<'));
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(result)));
  });

  test('inlined scripts cannot close their own tag', () => {
    assert.equal(javascriptForScript('a("</script>"); b("<!--"); c("<SCRIPT")'), 'a("\\x3C/script>"); b("\\x3C!--"); c("\\x3CSCRIPT")');
    assert.equal(jsonForScript({ a: '</script>\u2028' }), '{"a":"\\u003c/script>\\u2028"}');
    assert.deepEqual(JSON.parse(jsonForScript({ a: '</script>\u2028' })), { a: '</script>\u2028' });
  });
});

describe('renderReport', () => {
  const result = overviewFixture();
  const page = renderReport(overviewReport(result, { generatedAt: Date.UTC(2024, 3, 1, 9, 30) }), assets);

  test('has the overview sections, the stage table and the diagnostics', () => {
    for (const title of ['Pipeline', 'Volume per stage over time', 'Null rates by stage and column', 'Label coverage and lag', 'Diagnostics']) {
      assert.ok(page.includes(`<h2>${title}</h2>`), title);
    }
    assert.equal(page.match(/<figure class="chart"/g)?.length, 3);
    assert.ok(page.includes(result.inspect.stages[0].rows.toLocaleString('en-US')));
    assert.ok(page.includes('58.8%'));
    assert.ok(page.includes('/data/logs/ingest/part-0.csv:1832'));
    assert.ok(page.includes('generated 2024-04-01 09:30 UTC'));
  });

  test('is self-contained: no external references, network blocked by CSP', () => {
    assert.doesNotMatch(page, /<link\b|\bsrc=|href="(?!#)/i);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
  });

  test('the CSP allows exactly the inlined scripts, hashed as the parser will see them', () => {
    const crlf = renderReport(overviewReport(result), { plotlyJs: 'a();\r\nb();', reportJs: 'c();\rd();' });
    const csp = /script-src ([^"]*)"/.exec(crlf)?.[1].split(' ') ?? [];
    const hash = (code: string) => `&#39;sha256-${createHash('sha256').update(code).digest('base64')}&#39;`;
    assert.deepEqual(csp, [hash('a();\nb();'), hash('c();\nd();')]);
    assert.ok(crlf.includes('<script>a();\nb();</script>'));
  });

  test('says why a chart is missing instead of drawing an empty one', () => {
    const bare = renderReport(overviewReport(overviewFixture({ labels: false, diagnostics: [] })), assets);
    assert.equal(bare.match(/<figure class="chart"/g)?.length, 2);
    assert.ok(bare.includes('No label column is configured'));
    assert.ok(!bare.includes('<h2>Diagnostics</h2>'));
  });
});

describe('loadReportAssets', () => {
  test('finds plotly and the report bundle above the running bundle', () => {
    const root = mkdtempSync(join(tmpdir(), 'sightline-assets-'));
    mkdirSync(join(root, 'dist/webviews'), { recursive: true });
    mkdirSync(join(root, 'node_modules/plotly.js-dist-min'), { recursive: true });
    writeFileSync(join(root, 'dist/webviews/report.js'), 'report');
    writeFileSync(join(root, 'node_modules/plotly.js-dist-min/plotly.min.js'), 'plotly');
    assert.deepEqual(loadReportAssets({ from: join(root, 'dist') }), { plotlyJs: 'plotly', reportJs: 'report' });
  });

  test('says what to run when an asset is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sightline-assets-'));
    assert.throws(() => loadReportAssets({ from: empty }), /plotly\.min\.js not found .*npm ci/);
    writeFileSync(join(empty, 'plotly.min.js'), 'plotly');
    assert.throws(() => loadReportAssets({ from: empty, plotlyPath: join(empty, 'plotly.min.js') }), /report\.js\) not found .*npm run build/);
  });
});
