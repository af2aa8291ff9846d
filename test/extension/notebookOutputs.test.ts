import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellOutputItems, isSightlineResult } from '../../extension/notebook/kernel/cellOutputs';
import { resultHtml } from '../../extension/notebook/kernel/resultHtml';
import { cellFileName, toKernelError } from '../../extension/notebook/kernel/kernelError';
import { CellSyntaxError, rewriteCell } from '../../extension/notebook/kernel/rewriteCell';
import { SightlineInputError } from '../../core/io/errors';
import { imageBytes, safeFileName } from '../../extension/notebook/imageData';
import { parseRendererMessage, resultSource } from '../../extension/notebook/rendererMessages';
import { starterCells } from '../../extension/notebook/starterCells';
import { overviewFixture } from '../report/fixture';

test('a result gets its own MIME type and static HTML and text fallbacks', () => {
  const result = overviewFixture();
  const items = cellOutputItems(result);
  assert.deepEqual(items.map((i) => i.mime), ['application/vnd.sightline.overview+json', 'text/html', 'text/plain']);
  assert.match(items[2].text, /^Sightline overview: fraud-scoring/);
  assert.deepEqual(JSON.parse(items[0].text), JSON.parse(JSON.stringify(result)));
  assert.match(items[1].text, /<table/);
  assert.match(items[1].text, /fraud-scoring/);
  assert.doesNotMatch(items[1].text, /<script/i);
  const inspect = cellOutputItems(result.inspect);
  assert.deepEqual(inspect.map((i) => i.mime), ['application/vnd.sightline.inspect+json', 'text/html', 'text/plain']);
});

test('the HTML fallback escapes stage names and messages', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const result = overviewFixture({
    stageNames: [hostile, 'b"c', "d'e"],
    diagnostics: [{ severity: 'error', code: 'x', message: '<script>alert(2)</script>' }],
  });
  const html = resultHtml(result);
  assert.ok(!html.includes('<img'), 'stage name must be escaped');
  assert.ok(!html.includes('<script'), 'message must be escaped');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('b&quot;c'));
});

test('other values show as text, plain data as JSON too, undefined as nothing', () => {
  assert.deepEqual(cellOutputItems(undefined), []);
  assert.deepEqual(cellOutputItems('hello'), [{ mime: 'text/plain', text: 'hello' }]);
  assert.deepEqual(cellOutputItems(42), [{ mime: 'text/plain', text: '42' }]);
  const items = cellOutputItems({ a: [1, 2] });
  assert.deepEqual(items.map((i) => i.mime), ['application/json', 'text/plain']);
  assert.deepEqual(JSON.parse(items[0].text), { a: [1, 2] });
  assert.deepEqual(cellOutputItems(new Map([[1, 2]])).map((i) => i.mime), ['text/plain']);
  const cyclic: { self?: unknown } = {};
  cyclic.self = cyclic;
  assert.deepEqual(cellOutputItems(cyclic).map((i) => i.mime), ['text/plain']);
});

test('a table shows its shape, not its typed arrays', () => {
  const table = { rowCount: 3, columns: [{ type: 'number', name: 'x', values: new Float64Array(3) }], reports: [] };
  const [item] = cellOutputItems(table);
  assert.equal(item.mime, 'text/plain');
  assert.match(item.text, /3 rows × 1 columns/);
  assert.match(item.text, /x: number/);
});

test('result detection needs a known kind and a version', () => {
  assert.ok(isSightlineResult({ kind: 'inspect', version: 1 }));
  assert.ok(!isSightlineResult({ kind: 'inspect' }));
  assert.ok(isSightlineResult({ kind: 'drift', version: 1 }));
  assert.ok(isSightlineResult({ kind: 'monitor', version: 1 }));
  assert.ok(!isSightlineResult({ kind: 'performance', version: 1 }));
  assert.ok(!isSightlineResult(null));
});

test('errors keep the user frames only', () => {
  const error = new TypeError('bad');
  error.stack = [
    'TypeError: bad',
    '    at helper (cell-2.js:4:7)',
    '    at cell-5.js:1:20',
    '    at cell-5.js:3:3',
    '    at KernelSession.execute (/ext/dist/kernelWorker.js:1:2)',
    '    at node:internal/process/task_queues:95:5',
  ].join('\n');
  const info = toKernelError(error, 5, 2);
  assert.equal(info.name, 'TypeError');
  assert.equal(info.message, 'bad');
  assert.equal(info.stack, 'TypeError: bad\n    at helper (cell [2], line 4)\n    at cell [5], line 1');
  assert.equal(cellFileName(5), 'cell-5.js');
});

test('input errors carry their hint and syntax errors their place', () => {
  const input = toKernelError(new SightlineInputError('io.not-found', '/x does not exist', { file: '/x', hint: 'Pass a sightline.json.' }), 1);
  assert.equal(input.name, 'SightlineInputError');
  assert.match(input.stack, /hint: Pass a sightline\.json\./);
  const syntax = toKernelError(new CellSyntaxError('Unexpected token', 2, 7), 3);
  assert.match(syntax.stack, /cell \[3\], line 2, column 7/);
  assert.match(toKernelError('plain string', 1).message, /plain string/);
});

test('renderer messages are checked before use', () => {
  const result = overviewFixture();
  assert.deepEqual(parseRendererMessage({ type: 'openInPanel', result }), { type: 'openInPanel', result });
  assert.equal(parseRendererMessage({ type: 'openInPanel', result: { kind: 'nope' } }), undefined);
  assert.equal(parseRendererMessage({ type: 'saveImage', format: 'gif', data: '', suggestedName: 'x' }), undefined);
  assert.equal(parseRendererMessage('openInPanel'), undefined);
  assert.deepEqual(parseRendererMessage({ type: 'hello', extra: 1 }), { type: 'hello' });
  assert.equal(resultSource(result), '/data/fraud-scoring/sightline.json');
  assert.equal(resultSource(result.inspect), '/data/fraud-scoring/sightline.json');
});

test('image data URLs decode; anything else is refused', () => {
  assert.deepEqual([...imageBytes('data:image/png;base64,iVBORw==', 'png')], [0x89, 0x50, 0x4e, 0x47]);
  assert.equal(Buffer.from(imageBytes('data:image/svg+xml,%3Csvg%3E%3C%2Fsvg%3E', 'svg')).toString(), '<svg></svg>');
  assert.throws(() => imageBytes('javascript:alert(1)', 'png'));
  assert.equal(safeFileName('../../etc/passwd', 'png'), 'etc-passwd.png');
  assert.equal(safeFileName('flights overview.volume', 'svg'), 'flights-overview.volume.svg');
});

test('starter cells are bound to the pipeline and parse', () => {
  const cells = starterCells('/data/my "pipe"/sightline.json', 'flights');
  assert.equal(cells[0].kind, 'markdown');
  assert.match(cells[0].source, /flights/);
  const code = cells.filter((c) => c.kind === 'code');
  assert.ok(code.length >= 3);
  assert.match(code[0].source, /sightline\.overview\(manifest\)/);
  assert.ok(code[0].source.includes(JSON.stringify('/data/my "pipe"/sightline.json')));
  for (const cell of code) assert.doesNotThrow(() => rewriteCell(cell.source));
  for (const cell of starterCells(undefined)) if (cell.kind === 'code') assert.doesNotThrow(() => rewriteCell(cell.source));
});
