import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dashboardKey, dashboardTitle, parseDashboardState, progressTitle, sourceLabel } from '../../extension/panels/dashboardState';
import { driftRangeChoices, manifestReferenceOf, parseRange } from '../../extension/panels/driftRanges';
import { parsePanelMessage, routePanelMessage } from '../../extension/panels/panelMessages';

const DAY = 86_400_000;
const TARGET = '/w/shop/sightline.json';

describe('dashboard state', () => {
  test('one dashboard per pipeline and per pair of drift sources', () => {
    const a = { kind: 'drift' as const, reference: { file: '/a.csv' }, current: { target: TARGET, stage: 's', start: 0, end: DAY } };
    assert.equal(dashboardKey({ kind: 'monitor', target: TARGET }), dashboardKey({ kind: 'monitor', target: TARGET, performance: false }));
    assert.notEqual(dashboardKey(a), dashboardKey({ ...a, current: { ...a.current, end: 2 * DAY } }));
    assert.equal(dashboardTitle({ kind: 'monitor', target: TARGET }), 'Monitor: shop');
    assert.equal(dashboardTitle(a), 'Drift: a.csv vs s 1970-01-01..1970-01-02');
    assert.equal(progressTitle({ kind: 'monitor', target: TARGET }), 'Sightline: monitoring shop');
    assert.equal(sourceLabel({ target: TARGET, stage: 'predict' }), 'predict');
    assert.equal(sourceLabel({ target: TARGET, stage: 'predict', start: 3_600_000 }), 'predict 1970-01-01T01:00Z..');
  });

  test('a restored state is checked: only well-formed monitor and drift requests come back', () => {
    assert.deepEqual(parseDashboardState({ request: { kind: 'monitor', target: TARGET, bucket: 'day', performance: false } }), { kind: 'monitor', target: TARGET, bucket: 'day', performance: false });
    assert.deepEqual(parseDashboardState({ request: { kind: 'monitor', target: TARGET, bucket: 'year' } }), { kind: 'monitor', target: TARGET });
    const drift = { kind: 'drift', reference: { target: TARGET, stage: 's', start: 0, end: 'x' }, current: { file: '/b.parquet' }, columns: ['a'] };
    assert.deepEqual(parseDashboardState({ request: drift }), { kind: 'drift', reference: { target: TARGET, stage: 's', start: 0 }, current: { file: '/b.parquet' }, columns: ['a'] });
    for (const bad of [null, 3, {}, { request: { kind: 'overview', target: TARGET } }, { request: { kind: 'monitor', target: '' } }, { request: { kind: 'drift', reference: {}, current: { file: '/b' } } }]) {
      assert.equal(parseDashboardState(bad), undefined, JSON.stringify(bad));
    }
  });

  test('requestDistribution messages are checked and go to the dashboard only', async () => {
    assert.deepEqual(parsePanelMessage({ type: 'requestDistribution', stage: 's', column: 'c', start: 0, end: DAY }), { type: 'requestDistribution', stage: 's', column: 'c', start: 0, end: DAY });
    assert.equal(parsePanelMessage({ type: 'requestDistribution', stage: 's', column: 'c', start: 'x', end: DAY }), undefined);
    const noop = () => undefined;
    const base = { ready: noop, rerun: noop, cancel: noop, copy: noop, saveImage: noop, openFile: noop };
    assert.equal(await routePanelMessage({ type: 'requestDistribution', stage: 's', column: 'c', start: 0, end: DAY }, base), false, 'a panel without the handler ignores it');
    let asked: unknown;
    assert.equal(await routePanelMessage({ type: 'requestDistribution', stage: 's', column: 'c', start: 0, end: DAY }, { ...base, requestDistribution: (m) => void (asked = m) }), true);
    assert.deepEqual(asked, { type: 'requestDistribution', stage: 's', column: 'c', start: 0, end: DAY });
  });
});

describe('drift ranges', () => {
  const t0 = Date.UTC(2001, 0, 1);
  const span = { start: t0, end: t0 + 180 * DAY + 5 * 3_600_000 };

  test('reference side: the manifest reference first; current side: the last window first', () => {
    const manifest = { start: t0, end: t0 + 31 * DAY };
    const reference = driftRangeChoices(span, span, manifest, 'reference');
    assert.deepEqual(reference.map((c) => c.label), ['Reference period of the manifest', 'Everything before the last day', 'The whole stage', 'Last day', 'Custom range…']);
    assert.deepEqual([reference[0].start, reference[0].end, reference[0].description], [t0, t0 + 31 * DAY, '2001-01-01 – 2001-01-31']);
    const current = driftRangeChoices(span, span, manifest, 'current');
    assert.deepEqual([current[0].label, current[0].start, current[0].end], ['Last day', t0 + 180 * DAY, t0 + 181 * DAY]);
    assert.deepEqual([reference[2].start, reference[2].end], [undefined, undefined], 'the whole stage has no bounds');
  });

  test('without a manifest range the reference is the monitor\'s first seven windows', () => {
    const [first] = driftRangeChoices(span, span, undefined, 'reference');
    assert.deepEqual([first.label, first.start, first.end], ['Monitor reference: the first 7 days', t0, t0 + 7 * DAY]);
  });

  test('custom ranges read ISO dates and times in UTC and say what is wrong', () => {
    assert.deepEqual(parseRange('2001-04-01..2001-05-01'), { start: Date.UTC(2001, 3, 1), end: Date.UTC(2001, 4, 1) });
    assert.deepEqual(parseRange(' 2001-04-01T06:00 to 2001-04-01T12:30Z '), { start: Date.UTC(2001, 3, 1, 6), end: Date.UTC(2001, 3, 1, 12, 30) });
    assert.match(String(parseRange('2001-04-01')), /two ISO dates/);
    assert.match(String(parseRange('April..2001-05-01')), /"April" is not an ISO date/);
    assert.match(String(parseRange('2001-05-01..2001-04-01')), /end must come after the start/);
  });

  test('the manifest reference is read from its text when it is a time range', () => {
    assert.deepEqual(manifestReferenceOf('{"reference": {"start": "2001-01-01", "end": "2001-02-01"}}'), { start: t0, end: Date.UTC(2001, 1, 1) });
    assert.equal(manifestReferenceOf('{"reference": {"files": "ref/*.csv"}}'), undefined);
    assert.equal(manifestReferenceOf('{not json'), undefined);
  });
});
