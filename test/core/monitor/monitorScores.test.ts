import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HeatmapTrace } from '../../../core/charts';
import type { OverviewResult } from '../../../core/protocol';
import { buildChart, monitorScoreFigure } from '../../../core/charts';
import { monitorPipeline } from '../../../core/monitor';
import { DAY, T0, syntheticPipeline } from './synthetic';

test('monitorScoreFigure: one row per stage, one column per window, the burst stands out', async () => {
  const { pipeline, engine } = syntheticPipeline({ nullBurst: { days: [40, 41], share: 0.4 } });
  const result = await monitorPipeline(pipeline, engine, { bucket: 'day' });
  const figure = monitorScoreFigure(result);
  assert.ok(figure);
  const trace = figure.data[0] as HeatmapTrace;
  assert.equal(trace.type, 'heatmap');
  assert.deepEqual(trace.y, ['ingest', 'clean']);
  assert.equal(trace.x.length, result.windows.length);
  assert.equal(trace.x[40], new Date(T0 + 40 * DAY).toISOString().slice(0, 10));
  const ingest = trace.z[0] as number[];
  assert.ok(ingest[40] >= 6 && ingest[41] >= 6, 'burst days score at least the alert line');
  assert.ok(ingest.every((z) => z <= 12), 'scores are capped');
  const quiet = ingest.filter((_, w) => w < 40 || w > 41);
  assert.ok(Math.max(...quiet) < 6, 'no other window reaches the alert line');
  assert.doesNotThrow(() => JSON.stringify(figure));
});

test('the overview chart draws only when the overview carries a monitor result', async () => {
  const { pipeline, engine } = syntheticPipeline({});
  const monitor = await monitorPipeline(pipeline, engine, { bucket: 'day' });
  const overview: OverviewResult = { kind: 'overview', version: 1, pipeline: 'p', bucket: 'day', volume: [], nullRates: [], inspect: { kind: 'inspect', version: 1, pipeline: 'p', source: 's', inferred: false, guesses: [], stages: [], diagnostics: [] } };
  assert.equal(buildChart('overview.monitorScores', overview), undefined);
  assert.ok(buildChart('overview.monitorScores', { ...overview, monitor }));
  assert.equal(monitorScoreFigure({ ...monitor, stages: [] }), undefined);
});
