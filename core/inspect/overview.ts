import type { LabelCoverageSeries, NullRateCell, OverviewResult, VolumeSeries } from '../protocol';
import { RESULT_VERSION } from '../protocol';
import type { Engine, TimeBucket } from '../engine/engine';
import { chooseBucket } from '../engine/engine';
import type { Pipeline } from '../io/pipeline';
import { inspectPipeline } from './inspect';

const HOUR = 3_600_000;

/** The pipeline at a glance: volume per stage over time, null rates, label coverage and lag. */
export async function overviewPipeline(pipeline: Pipeline, engine: Engine, bucket?: TimeBucket): Promise<OverviewResult> {
  const inspect = await inspectPipeline(pipeline, engine);
  const spans = inspect.stages.flatMap((s) => (s.timeSpan ? [s.timeSpan] : []));
  const span = spans.length ? Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start)) : 0;
  const size = bucket ?? chooseBucket(span);

  const volume: VolumeSeries[] = [];
  for (const stage of inspect.stages) {
    if (!stage.timeSpan || !stage.timeColumn) continue;
    const rows = await engine.groupAggregate(stage.name, {
      by: [{ column: stage.timeColumn, bucket: size }],
      aggregates: { count: { op: 'count' } },
    });
    const points = rows
      .filter((r) => r.keys[stage.timeColumn!] !== null)
      .map((r) => ({ start: Number(r.keys[stage.timeColumn!]), count: r.values.count ?? 0 }))
      .sort((a, b) => a.start - b.start);
    volume.push({ stage: stage.name, buckets: points.map((p) => p.start), counts: points.map((p) => p.count) });
  }

  const nullRates: NullRateCell[] = inspect.stages.flatMap((stage) =>
    stage.columns.map((column) => ({ stage: stage.name, column: column.name, nullRate: column.nullRate })),
  );

  return {
    kind: 'overview',
    version: RESULT_VERSION,
    pipeline: pipeline.name,
    bucket: size,
    volume,
    nullRates,
    labelCoverage: await labelCoverage(pipeline, engine, inspect, size),
    inspect,
  };
}

async function labelCoverage(
  pipeline: Pipeline,
  engine: Engine,
  inspect: OverviewResult['inspect'],
  bucket: TimeBucket,
): Promise<LabelCoverageSeries | undefined> {
  const { predictions, labels } = pipeline;
  const stage = inspect.stages.find((s) => s.name === predictions?.stage);
  if (!predictions || !labels || !stage?.labels || !stage.timeColumn) return undefined;
  const labelKey = labels.key ?? pipeline.stages.find((s) => s.name === labels.stage)?.key ?? '';
  const stats = await engine.labelJoin({
    predictions: { stage: stage.name, key: stage.keyColumn ?? '', time: stage.timeColumn },
    labels: { stage: labels.stage, key: labelKey, column: labels.column, time: labels.time },
    bucket,
  });
  return {
    buckets: stats.buckets.map((b) => b.start),
    coverage: stats.buckets.map((b) => (b.total ? b.labeled / b.total : 0)),
    medianLagHours: stats.buckets.map((b) => (b.medianLagMs === null ? null : b.medianLagMs / HOUR)),
  };
}
