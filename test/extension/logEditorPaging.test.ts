import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageCache } from '../../webviews/logEditor/pageCache';
import { clampPageStart, lastPageStart, movePage, pageStart, parseRowNumber } from '../../webviews/logEditor/paging';

test('pages start at multiples of the page size; the last page is partial', () => {
  assert.equal(pageStart(0), 0);
  assert.equal(pageStart(199), 0);
  assert.equal(pageStart(200), 200);
  assert.equal(pageStart(-5), 0);
  assert.equal(lastPageStart(1_000_000), 999_800);
  assert.equal(lastPageStart(401), 400);
  assert.equal(lastPageStart(400), 200);
  assert.equal(lastPageStart(0), 0);
  assert.equal(clampPageStart(5_000, 401), 400, 'a saved offset past a file that shrank');
});

test('First / Prev / Next / Last stay inside the file', () => {
  assert.equal(movePage(0, 'prev', 450), 0);
  assert.equal(movePage(200, 'prev', 450), 0);
  assert.equal(movePage(200, 'next', 450), 400);
  assert.equal(movePage(400, 'next', 450), 400);
  assert.equal(movePage(200, 'last', 450), 400);
  assert.equal(movePage(400, 'first', 450), 0);
  assert.equal(movePage(0, 'next', 0), 0);
  assert.equal(movePage(0, 'next', 1000, 50), 50);
});

test('go to row: 1-based, separators allowed, clamped to the last row', () => {
  assert.equal(parseRowNumber('1', 10), 0);
  assert.equal(parseRowNumber(' 12,345 ', 1_000_000), 12_344);
  assert.equal(parseRowNumber('1 000', 1_000_000), 999);
  assert.equal(parseRowNumber('99', 10), 9);
  assert.equal(parseRowNumber('0', 10), undefined);
  assert.equal(parseRowNumber('-3', 10), undefined);
  assert.equal(parseRowNumber('abc', 10), undefined);
  assert.equal(parseRowNumber('1.5', 10), undefined);
  assert.equal(parseRowNumber('3', 0), undefined);
});

test('the page cache asks once per page, evicts the least recently used', () => {
  const cache = new PageCache<{ offset: number }>(2);
  assert.equal(cache.claim(0), true);
  assert.equal(cache.claim(0), false, 'already pending');
  assert.equal(cache.isPending(0), true);
  cache.put({ offset: 0 });
  assert.equal(cache.isPending(0), false);
  assert.equal(cache.claim(0), false, 'already cached');
  cache.put({ offset: 200 });
  cache.get(0); // 0 is now the most recent, so 200 goes first
  cache.put({ offset: 400 });
  assert.equal(cache.size, 2);
  assert.equal(cache.has(200), false);
  assert.ok(cache.has(0) && cache.has(400));
  assert.equal(cache.claim(200), true, 'an evicted page is asked again');
});

test('failed requests can be asked again; clear forgets everything', () => {
  const cache = new PageCache<{ offset: number }>(4);
  cache.claim(600);
  cache.failPending();
  assert.equal(cache.claim(600), true);
  cache.put({ offset: 600 });
  cache.clear();
  assert.equal(cache.size, 0);
  assert.equal(cache.get(600), undefined);
});
