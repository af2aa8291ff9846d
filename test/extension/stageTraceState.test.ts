import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStageTraceState, stageTraceKey, stageTraceTitle } from '../../extension/panels/stageTraceState';
import { alertIdOf, lineageKeyOf } from '../../extension/panels/stageTraceArguments';
import { parsePanelMessage } from '../../extension/panels/panelMessages';

test('a restored Stage Trace state is checked: only a trace request with a target comes back', () => {
  assert.deepEqual(parseStageTraceState({ request: { kind: 'trace', target: '/w/sightline.json', bucket: 'day', performance: false } }), { kind: 'trace', target: '/w/sightline.json', bucket: 'day', performance: false });
  assert.deepEqual(parseStageTraceState({ request: { kind: 'trace', target: '/w', bucket: 'year', performance: 'yes' }, lineage: { key: 'x' } }), { kind: 'trace', target: '/w' });
  for (const bad of [undefined, null, 'trace', {}, { request: { kind: 'monitor', target: '/w' } }, { request: { kind: 'trace', target: '' } }, { request: { kind: 'trace', target: 3 } }]) {
    assert.equal(parseStageTraceState(bad), undefined, JSON.stringify(bad));
  }
});

test('one Stage Trace per pipeline, titled by it', () => {
  assert.equal(stageTraceKey({ kind: 'trace', target: '/w/sightline.json', bucket: 'day' }), stageTraceKey({ kind: 'trace', target: '/w/sightline.json' }));
  assert.equal(stageTraceTitle({ kind: 'trace', target: '/w/sightline.json' }, 'flights-demo'), 'Stage Trace: flights-demo');
});

test('Trace Stages finds the alert of a tree item or a script; Show Record Lineage its key', () => {
  assert.equal(alertIdOf({ kind: 'alert', target: '/w', alert: { id: 'drift:a:b:2024#1', kind: 'drift' } }), 'drift:a:b:2024#1');
  assert.equal(alertIdOf({ target: '/w', alert: 'volume:a:*:2024#2' }), 'volume:a:*:2024#2');
  assert.equal(alertIdOf({ target: '/w' }), undefined);
  assert.equal(alertIdOf(undefined), undefined);
  assert.equal(lineageKeyOf({ target: '/w', key: ' F12 ' }), 'F12');
  assert.equal(lineageKeyOf({ target: '/w', key: '  ' }), undefined);
});

test('a lineage request from the webview needs a non-blank key', () => {
  assert.deepEqual(parsePanelMessage({ type: 'requestLineage', key: ' A1 ' }), { type: 'requestLineage', key: 'A1' });
  assert.equal(parsePanelMessage({ type: 'requestLineage', key: '' }), undefined);
  assert.equal(parsePanelMessage({ type: 'requestLineage', key: 7 }), undefined);
});
