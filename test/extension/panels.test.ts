import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imageBytes } from '../../extension/panels/imageData';
import { chartChoices, parsePanelState } from '../../extension/panels/overviewState';
import { contentSecurityPolicy, createNonce, panelHtml } from '../../extension/panels/panelHtml';
import { parsePanelMessage, routePanelMessage, safeFileName, type PanelHandlers } from '../../extension/panels/panelMessages';
import type { PanelToHost } from '../../core/protocol';
import { overviewFixture } from '../report/fixture';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('panel page', () => {
  test('the CSP allows only nonce scripts, no eval and no network', () => {
    const csp = contentSecurityPolicy(SOURCE, 'N0nce');
    assert.equal(
      csp,
      `default-src 'none'; script-src 'nonce-N0nce'; style-src ${SOURCE} 'unsafe-inline'; img-src ${SOURCE} data: blob:; font-src ${SOURCE}`,
    );
    assert.doesNotMatch(csp, /unsafe-eval|connect-src|https?:\/\/(?!file\+)/);
  });

  test('every script carries the nonce and the title is escaped', () => {
    const page = panelHtml({ title: 'Overview: <x>"', cspSource: SOURCE, nonce: 'abc', plotlyUri: `${SOURCE}/dist/webviews/plotly.min.js`, scriptUri: `${SOURCE}/dist/webviews/overview.js` });
    const scripts = page.match(/<script[^>]*>/g) ?? [];
    assert.equal(scripts.length, 2);
    for (const script of scripts) assert.match(script, /nonce="abc"/);
    assert.match(page, /<title>Overview: &lt;x&gt;"<\/title>/);
    assert.ok(page.indexOf('plotly.min.js') < page.indexOf('overview.js'), 'plotly loads before the bundle that uses it');
  });

  test('nonces are fresh and long enough', () => {
    const a = createNonce();
    assert.notEqual(a, createNonce());
    assert.ok(a.length >= 24);
  });
});

describe('panel messages', () => {
  test('well-formed messages pass, malformed ones are dropped', () => {
    assert.deepEqual(parsePanelMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePanelMessage({ type: 'openFile', path: '/a.csv', line: 3.7 }), { type: 'openFile', path: '/a.csv', line: 3 });
    assert.deepEqual(parsePanelMessage({ type: 'openFile', path: '/a.csv', line: -1 }), { type: 'openFile', path: '/a.csv', line: undefined });
    assert.deepEqual(parsePanelMessage({ type: 'copy', format: 'csv', text: 'a,b' }), { type: 'copy', format: 'csv', text: 'a,b' });
    for (const bad of [null, 'ready', { type: 'nope' }, { type: 'openFile' }, { type: 'copy', format: 'xml', text: '' }, { type: 'saveImage', format: 'gif', data: '', suggestedName: 'x' }]) {
      assert.equal(parsePanelMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  test('routing calls the handler of the message type only', async () => {
    const calls: string[] = [];
    const record = (m: PanelToHost) => void calls.push(m.type);
    const handlers: PanelHandlers = { ready: record, rerun: record, cancel: record, copy: record, saveImage: record, openFile: record };
    assert.equal(await routePanelMessage({ type: 'rerun' }, handlers), true);
    assert.equal(await routePanelMessage({ type: 'saveImage', format: 'svg', data: '<svg/>', suggestedName: 'v' }, handlers), true);
    assert.equal(await routePanelMessage({ type: 'evil' }, handlers), false);
    assert.deepEqual(calls, ['rerun', 'saveImage']);
  });

  test('suggested names cannot leave the folder', () => {
    assert.equal(safeFileName('../../etc/passwd', 'png'), 'etc-passwd.png');
    assert.equal(safeFileName('flights-demo-volume', 'svg'), 'flights-demo-volume.svg');
    assert.equal(safeFileName('', 'png'), 'chart.png');
  });
});

describe('chart images', () => {
  test('PNG data URLs decode from base64, SVG ones from percent-encoding', () => {
    const png = imageBytes(`data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64')}`);
    assert.deepEqual([...png], [0x89, 0x50, 0x4e, 0x47]);
    const svg = imageBytes(`data:image/svg+xml,${encodeURIComponent('<svg a="1%"/>')}`);
    assert.equal(new TextDecoder().decode(svg), '<svg a="1%"/>');
    assert.equal(new TextDecoder().decode(imageBytes('<svg/>')), '<svg/>');
    assert.throws(() => imageBytes('not an image'), /data URL/);
  });
});

describe('panel state', () => {
  test('a restored state yields its overview request, anything else nothing', () => {
    assert.deepEqual(parsePanelState({ request: { kind: 'overview', target: '/p/sightline.json', bucket: 'week' }, result: {} }), {
      request: { kind: 'overview', target: '/p/sightline.json', bucket: 'week' },
    });
    assert.deepEqual(parsePanelState({ request: { kind: 'overview', target: '/p', bucket: 'year' } }), { request: { kind: 'overview', target: '/p' } });
    for (const bad of [undefined, null, {}, { request: { kind: 'inspect', target: '/p' } }, { request: { kind: 'overview', target: '' } }]) {
      assert.equal(parsePanelState(bad), undefined);
    }
  });

  test('export and copy offer only the charts that have data', () => {
    assert.deepEqual(chartChoices(overviewFixture()).map((c) => c.key), ['overview.volume', 'overview.nullRates', 'overview.labelCoverage']);
    const unlabeled = overviewFixture();
    delete unlabeled.labelCoverage;
    assert.deepEqual(chartChoices(unlabeled).map((c) => c.key), ['overview.volume', 'overview.nullRates']);
  });
});
