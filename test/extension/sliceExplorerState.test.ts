import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSliceExplorerRequest, parseSliceExplorerState, sliceExplorerCharts, sliceExplorerKey, sliceExplorerTitle } from '../../extension/panels/sliceExplorerState';
import { alertWindows } from '../../extension/panels/sliceAlertWindows';
import { sliceCellCode } from '../../extension/panels/sliceCellCode';
import { openInNotebookRef } from '../../extension/panels/sliceExplorerMessages';
import { slicesFixture, sliceDiffFixture } from '../core/charts/sliceFixtures';

const DAY = 86_400_000;
const TARGET = '/w/shop/sightline.json';
const ALERT = { id: 'a1', kind: 'drift' as const, stage: 'features', column: 'dep_hour', onset: 10 * DAY, last: 12 * DAY };

describe('slice explorer state', () => {
  test('one explorer per search and per alert, titled by pipeline and alert', () => {
    assert.equal(sliceExplorerKey({ kind: 'slices', target: TARGET }), sliceExplorerKey({ kind: 'slices', target: TARGET }));
    assert.notEqual(sliceExplorerKey({ kind: 'slices', target: TARGET }), sliceExplorerKey({ kind: 'slices', target: TARGET, maxLevel: 2 }));
    assert.equal(sliceExplorerKey({ kind: 'sliceAlert', target: TARGET, alert: ALERT }), `sliceAlert:${TARGET}#a1`);
    assert.equal(sliceExplorerTitle({ kind: 'slices', target: TARGET }), 'Slices: shop');
    assert.equal(sliceExplorerTitle({ kind: 'sliceAlert', target: TARGET, alert: ALERT }), 'Slices: shop · features.dep_hour');
  });

  test('a restored state or a command argument is checked, not trusted', () => {
    assert.deepEqual(parseSliceExplorerRequest({ kind: 'slices', target: TARGET, start: 0, end: DAY, features: ['a'], maxLevel: 2, k: 'x' }), { kind: 'slices', target: TARGET, start: 0, end: DAY, features: ['a'], maxLevel: 2 });
    assert.deepEqual(parseSliceExplorerState({ request: { kind: 'sliceAlert', target: TARGET, alert: ALERT, reference: { start: 0, end: DAY }, bucket: 'day' } }), { kind: 'sliceAlert', target: TARGET, alert: ALERT, reference: { start: 0, end: DAY }, bucket: 'day' });
    assert.deepEqual(parseSliceExplorerRequest({ kind: 'sliceAlert', target: TARGET, alert: ALERT, reference: { start: DAY, end: 0 }, bucket: 'year' }), { kind: 'sliceAlert', target: TARGET, alert: ALERT });
    for (const bad of [null, 3, {}, { kind: 'slices', target: '' }, { kind: 'monitor', target: TARGET }, { kind: 'sliceAlert', target: TARGET, alert: { ...ALERT, kind: 'nope' } }, { kind: 'sliceAlert', target: TARGET, alert: { ...ALERT, last: 0 } }]) {
      assert.equal(parseSliceExplorerRequest(bad), undefined, JSON.stringify(bad));
    }
    assert.equal(parseSliceExplorerState({ request: null }), undefined);
  });

  test('an alert compares the monitoring reference with its windows to the end of the last one', () => {
    assert.deepEqual(alertWindows(ALERT, { start: 0, end: 5 * DAY }, 'day'), { reference: { start: 0, end: 5 * DAY }, current: { start: 10 * DAY, end: 13 * DAY } });
    assert.deepEqual(alertWindows(ALERT, {}, 'hour').current, { start: 10 * DAY, end: 12 * DAY + 3_600_000 });
  });

  test('the charts to export follow the parts computed', () => {
    assert.deepEqual(sliceExplorerCharts({ slices: slicesFixture(), notes: [] }).map((c) => c.key), ['slices.errors']);
    assert.deepEqual(sliceExplorerCharts({ slices: slicesFixture(), diff: sliceDiffFixture(), notes: [] }).map((c) => c.key), ['sliceDiff.shares', 'slices.errors']);
    assert.deepEqual(sliceExplorerCharts({ notes: [] }), []);
  });

  test('Open in notebook writes a cell that searches again within the slice, data as literals', () => {
    const slice = { ...slicesFixture().slices[1], predicates: [{ feature: 'country', value: 'DE\n// x' }, { feature: 'device', value: 'ios' }] };
    const code = sliceCellCode({ kind: 'slices', target: TARGET, start: 0, end: DAY }, slice, '#2');
    const lines = code.split('\n');
    assert.equal(lines.length, 2);
    assert.equal(lines[0], '// Slice #2: country = DE // x & device = ios (100 rows, error 0.52); event time 1970-01-01T00:00:00.000Z..1970-01-02T00:00:00.000Z');
    assert.equal(lines[1], `await sightline.slices("${TARGET}", { features: ["country","device"], maxLevel: 2, start: 0, end: ${DAY} })`);
    assert.equal(sliceCellCode({ kind: 'slices', target: TARGET }, slice, '#2').split('\n')[1], `await sightline.slices("${TARGET}", { features: ["country","device"], maxLevel: 2 })`);
  });

  test('openInNotebook messages are checked', () => {
    assert.deepEqual(openInNotebookRef({ type: 'openInNotebook', list: 'small', index: 2 }), { list: 'small', index: 2 });
    for (const bad of [null, { type: 'openInNotebook', list: 'top', index: -1 }, { type: 'openInNotebook', list: 'all', index: 0 }, { type: 'openInNotebook', list: 'top', index: 1.5 }, { type: 'copy', list: 'top', index: 0 }]) {
      assert.equal(openInNotebookRef(bad), undefined, JSON.stringify(bad));
    }
  });
});
