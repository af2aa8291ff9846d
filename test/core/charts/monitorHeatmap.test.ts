import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HeatmapTrace } from '../../../core/charts';
import { applyTheme, buildChart, cellDetail, chartKind, chartsFor, darkTheme, figureCsv, lightTheme, worstColumnScore, worstScore } from '../../../core/charts';
import { DAY, monitorFixture, scored, T0 } from './detectionFixtures';

test('monitor.heatmap: a volume row and a row per column for each stage, worst score per cell', () => {
  const figure = buildChart('monitor.heatmap', monitorFixture());
  assert.ok(figure);
  const trace = figure.data[0] as HeatmapTrace;
  assert.equal(trace.type, 'heatmap');
  assert.deepEqual(trace.y, ['ingest · (volume)', 'ingest · amount', 'ingest · country', 'score · (volume)', 'score · amount', 'score · country']);
  assert.deepEqual(trace.x, ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04']);
  assert.deepEqual(trace.z[0], [0.1, 1.5, 0.1, 0.1]);
  assert.deepEqual(trace.z[1], [0.5, 0.5, 5, 9], 'the drift score (day 2) and the null burst (day 3) are the worst of their cells');
  assert.deepEqual(trace.z[2], [0.3, 0.3, 0.3, 4.5]);
  assert.deepEqual(trace.z[3], [null, 1.5, 0.1, 0.1], 'a window the stage does not have stays empty');
});

test('monitor.heatmap: hover names the figures, customdata selects stage, column and window', () => {
  const trace = buildChart('monitor.heatmap', monitorFixture())!.data[0] as HeatmapTrace;
  const burst = trace.text![1][3];
  assert.match(burst, /ingest · amount/);
  assert.match(burst, /null rate 30% \(score 9\.0\)/);
  assert.match(burst, /out of range 0% \(score 0\.2\)/);
  assert.match(trace.text![1][2], /drift 0\.4 \(score 5\.0\)/);
  assert.match(trace.text![0][0], /\(reference\)/);
  assert.equal(trace.text![3][0], '');
  assert.deepEqual(trace.customdata![1][3], ['ingest', 'amount', T0 + 3 * DAY]);
  assert.deepEqual(trace.customdata![0][1], ['ingest', '*', T0 + DAY]);
  assert.equal(cellDetail(monitorFixture(), 'ingest', 'amount', T0 + 3 * DAY), 'ingest · amount, 2024-01-04: null rate 30% (score 9.0) · out of range 0% (score 0.2)');
  assert.equal(cellDetail(monitorFixture(), 'ingest', '*', T0), 'ingest · (volume), 2024-01-01 (reference): 1,000 rows (score 0.1)');
  assert.equal(cellDetail(monitorFixture(), 'score', 'amount', T0), undefined);
});

test('worst scores include drift, a missing column scores the cap', () => {
  assert.equal(worstColumnScore({ nullRate: scored(0, 1), drift: scored(0.5, 7), absent: false }).score, 7);
  assert.deepEqual(worstColumnScore({ nullRate: scored(0, 1), absent: true }), { score: 12, decision: 'alert' });
  const window = monitorFixture().stages[0].windows[2];
  assert.deepEqual(worstScore(window), { score: 5, decision: 'warn' });
});

test('monitor.heatmap: nothing to draw without stages; CSV is long form; themes keep the warn/alert bands', () => {
  assert.equal(buildChart('monitor.heatmap', monitorFixture({ stages: [] })), undefined);
  const figure = buildChart('monitor.heatmap', monitorFixture())!;
  const lines = figureCsv(figure).trimEnd().split('\n');
  assert.equal(lines[0], 'y,x,value');
  assert.ok(lines.includes('ingest · amount,2024-01-04,9'));
  assert.equal(lines.length, 1 + 6 * 4);
  const light = applyTheme(figure, lightTheme).data[0] as HeatmapTrace;
  const dark = applyTheme(figure, darkTheme).data[0] as HeatmapTrace;
  assert.deepEqual(light.colorscale, lightTheme.scoreScale);
  assert.deepEqual(dark.colorscale, darkTheme.scoreScale);
  assert.notDeepEqual(dark.colorscale, light.colorscale);
  assert.deepEqual(JSON.parse(JSON.stringify(figure)), figure, 'plain JSON');
});

test('the registry knows each chart by result kind and rejects another kind', () => {
  assert.deepEqual(chartsFor('monitor'), ['monitor.heatmap', 'monitor.performance']);
  assert.deepEqual(chartsFor('drift'), ['drift.effects']);
  assert.equal(chartKind('monitor.performance'), 'monitor');
  assert.throws(() => buildChart('drift.effects', monitorFixture()), /needs a drift result, got monitor/);
});
