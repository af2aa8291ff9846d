import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sliceProfileRequest } from '../../extension/panels/sliceProfileRequest';
import { parseSliceRef, requestProfileRef } from '../../extension/panels/sliceExplorerMessages';
import { slicesFixture } from '../core/charts/sliceFixtures';

const TARGET = '/work/demo/sightline.json';

test('a slice profile request repeats the search request (range, features) with the slice\'s predicates', () => {
  const slices = slicesFixture();
  const results = { slices, slicesRequest: { kind: 'slices' as const, target: TARGET, start: 10, end: 20, features: ['country'] }, notes: [] };
  assert.deepEqual(sliceProfileRequest(results, { list: 'top', index: 0 }), { kind: 'sliceProfile', target: TARGET, start: 10, end: 20, features: ['country'], predicates: slices.slices[0].predicates });
  assert.deepEqual(sliceProfileRequest(results, { list: 'small', index: 0 })?.predicates, slices.significantSmall[0].predicates);
  assert.equal(sliceProfileRequest(results, { list: 'top', index: 99 }), undefined);
  assert.equal(sliceProfileRequest({ slices, notes: [] }, { list: 'top', index: 0 }), undefined, 'no search request to repeat');
  assert.equal(sliceProfileRequest(undefined, { list: 'top', index: 0 }), undefined);
});

test('requestProfile messages are checked before they are trusted', () => {
  assert.deepEqual(requestProfileRef({ type: 'requestProfile', list: 'top', index: 1 }), { list: 'top', index: 1 });
  for (const bad of [null, 'x', { type: 'openInNotebook', list: 'top', index: 1 }, { type: 'requestProfile', list: 'all', index: 1 }, { type: 'requestProfile', list: 'top', index: -1 }, { type: 'requestProfile', list: 'top', index: 0.5 }]) {
    assert.equal(requestProfileRef(bad), undefined, JSON.stringify(bad));
  }
  assert.deepEqual(parseSliceRef({ list: 'small', index: 0 }), { list: 'small', index: 0 });
});
