import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLabel, GRAPH_METRICS, layoutStages } from '../../webviews/trace/graphLayout';
import { alertCounts, incidentMarks, incidentOfAlert, stageSeverities, traceStages } from '../../webviews/trace/stageStatus';
import { incidentText, lossLabels, compactCount } from '../../webviews/trace/incidentText';
import { lineageCells, statusText } from '../../webviews/trace/lineageDiff';
import type { LineageStage } from '../../core/protocol';
import { DAY, T0, traceFixture } from './traceFixture';

test('stages are laid out left to right without overlap, an arrow between each consecutive pair', () => {
  const layout = layoutStages(['ingest', 'clean', 'a_very_long_stage_name_that_goes_on_and_on', 'x']);
  assert.deepEqual(layout.nodes.map((n) => n.stage), ['ingest', 'clean', 'a_very_long_stage_name_that_goes_on_and_on', 'x']);
  for (let i = 1; i < layout.nodes.length; i++) {
    const [a, b] = [layout.nodes[i - 1], layout.nodes[i]];
    assert.equal(b.x - (a.x + a.width), GRAPH_METRICS.gap);
    assert.equal(a.y, b.y);
  }
  assert.ok(layout.nodes.every((n) => n.width >= GRAPH_METRICS.minBox && n.width <= GRAPH_METRICS.maxBox));
  assert.deepEqual(layout.edges.map((e) => [e.from, e.to]), [['ingest', 'clean'], ['clean', 'a_very_long_stage_name_that_goes_on_and_on'], ['a_very_long_stage_name_that_goes_on_and_on', 'x']]);
  const last = layout.nodes.at(-1)!;
  assert.equal(layout.width, last.x + last.width + GRAPH_METRICS.padding);
  assert.ok(layout.height > last.y + last.height);
  assert.equal(layoutStages([]).nodes.length, 0);
  assert.equal(layoutStages(['only']).edges.length, 0);
});

test('labels fit their box, cut with an ellipsis', () => {
  assert.equal(fitLabel('clean', 120), 'clean');
  const cut = fitLabel('a_very_long_stage_name_that_goes_on_and_on', GRAPH_METRICS.maxBox);
  assert.ok(cut.endsWith('…') && cut.length * GRAPH_METRICS.charWidth <= GRAPH_METRICS.maxBox, cut);
});

test('each stage takes its worst anomaly from its alerts and the record-loss jumps into it', () => {
  const result = traceFixture();
  assert.deepEqual([...stageSeverities(result)], [['ingest', 'warn'], ['clean', 'alert'], ['features', 'ok']]);
  assert.deepEqual([...alertCounts(result)], [['ingest', 1], ['clean', 1]]);
  const lossOnly = traceFixture({ alerts: [] });
  assert.equal(stageSeverities(lossOnly).get('clean'), 'alert', 'the nulled jump from ingest to clean');
  assert.deepEqual(traceStages(traceFixture({ stages: undefined })), ['ingest', 'clean', 'features'], 'from the loss pairs without a stage list');
});

test('the selected incident marks its first stage and the stages it reached; a tree alert finds its incident', () => {
  const result = traceFixture();
  const marks = incidentMarks(result.incidents[0]);
  assert.equal(marks?.first, 'ingest');
  assert.deepEqual([...(marks?.downstream ?? [])], ['clean']);
  assert.equal(incidentMarks(undefined), undefined);
  assert.equal(incidentOfAlert(result, result.alerts[1].id), 0);
  assert.equal(incidentOfAlert(result, 'nulls:clean:amount:2024-01-05T00:00:00.000Z#7'), 0, 'another monitoring run: same kind, stage and column');
  assert.equal(incidentOfAlert(result, 'volume:features:*:2024-01-02T00:00:00.000Z#1'), undefined);
});

test('an incident reads as first stage.column, onset with interval, downstream, the version that began and the slice', () => {
  const text = incidentText(traceFixture().incidents[0]);
  assert.equal(text.where, 'ingest.amount');
  assert.equal(text.onset, 'onset 2024-01-02 (interval 2024-01-02 – 2024-01-03)');
  assert.equal(text.downstream, 'reached clean.amount (2024-01-02)');
  assert.equal(text.began, 'ingest@1.1 began at the onset (was ingest@1.0): run ingest-1 of ingest');
  assert.equal(text.subpopulation, 'concentrated in country = NO');
  const plain = incidentText({ ...traceFixture().incidents[0], onsetInterval: [T0 + DAY, T0 + DAY], downstream: [], runs: undefined, subpopulation: undefined });
  assert.equal(plain.onset, 'onset 2024-01-02');
  assert.equal(plain.downstream ?? plain.began ?? plain.subpopulation, undefined);
});

test('arrows carry the records dropped and altered on the way into a stage', () => {
  assert.deepEqual([...lossLabels(traceFixture().stageLoss)], [['clean', '−2 Δ3']]);
  assert.deepEqual([compactCount(999), compactCount(1234), compactCount(2_500_000)], ['999', '1.2k', '2.5M']);
});

test('a lineage stage shows its first row with changed, nulled and added cells marked', () => {
  const stage: LineageStage = {
    stage: 'clean',
    status: 'present',
    present: true,
    rows: [{ values: { id: 'A1', amount: 25, country: null, amount_eur: 2.5 } }],
    diff: { against: 'ingest', changed: [{ column: 'amount', from: 20, to: 25 }], nulled: [{ column: 'country', value: 'NO' }], added: [{ column: 'amount_eur', value: 2.5 }], removed: [], unchanged: 1 },
  };
  assert.deepEqual(lineageCells(stage), [
    { column: 'id', value: 'A1', mark: 'same' },
    { column: 'amount', value: '25', mark: 'changed', was: '20' },
    { column: 'country', value: 'null', mark: 'nulled', was: 'NO' },
    { column: 'amount_eur', value: '2.5', mark: 'added' },
  ]);
  assert.deepEqual(lineageCells({ ...stage, status: 'dropped', present: false, rows: [] }), []);
  assert.equal(statusText({ ...stage, status: 'dropped' }), 'DROPPED here');
});
