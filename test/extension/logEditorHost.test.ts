import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, logEditorHtml } from '../../extension/logEditor/logEditorHtml';
import { LOG_EDITOR_TEXT_VIEW_TYPE, LOG_EDITOR_VIEW_TYPE, viewTypeFor } from '../../extension/logEditor/logViewTypes';

test('columnar files open in the default viewer, text logs in the optional one', () => {
  assert.equal(viewTypeFor('/a/b/part-0.parquet'), LOG_EDITOR_VIEW_TYPE);
  assert.equal(viewTypeFor('C:\\logs\\x.FEATHER'), LOG_EDITOR_VIEW_TYPE);
  assert.equal(viewTypeFor('x.arrow'), LOG_EDITOR_VIEW_TYPE);
  for (const name of ['a.csv', 'a.tsv', 'a.jsonl', 'b.NDJSON']) assert.equal(viewTypeFor(name), LOG_EDITOR_TEXT_VIEW_TYPE, name);
  for (const name of ['a.json', 'sightline', '/x.parquet/readme', 'a.csv.gz']) assert.equal(viewTypeFor(name), undefined, name);
});

test('the webview page: strict CSP with a fresh nonce, one module script', () => {
  const nonce = createNonce();
  assert.match(nonce, /^[A-Za-z0-9_-]{24}$/);
  assert.notEqual(createNonce(), nonce);
  const csp = contentSecurityPolicy('https://x.vscode-cdn.net', nonce);
  assert.equal(csp, `default-src 'none'; script-src 'nonce-${nonce}'; style-src https://x.vscode-cdn.net 'unsafe-inline'; img-src https://x.vscode-cdn.net data:`);
  const html = logEditorHtml({ cspSource: 'https://x.vscode-cdn.net', scriptUri: 'https://x/dist/webviews/logEditor.js', nonce, title: '<a>.csv' });
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.ok(html.includes(`<script type="module" nonce="${nonce}" src="https://x/dist/webviews/logEditor.js">`));
  assert.ok(html.includes('<title>&#60;a&#62;.csv</title>'), 'the file name is escaped');
  assert.ok(html.includes(`script-src &#39;nonce-${nonce}&#39;`));
});
