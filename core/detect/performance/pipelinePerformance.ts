import type { Engine, TimeBucket } from '../../engine/engine';
import type { Pipeline } from '../../io/pipeline';
import type { PerformanceResult, PerformanceTask } from './types';
import type { SeriesOptions } from './inputs';
import type { PerformanceRowSource, PerformanceRowsRequest } from './tableRows';
import { PERFORMANCE_VERSION } from './types';
import { performanceSeries } from './performanceSeries';
import { findStage } from '../../io/pipeline';
import { SightlineInputError } from '../../io/errors';

export interface PipelinePerformanceOptions extends Omit<SeriesOptions, 'reference' | 'bucket'> {
  task?: PerformanceTask;
  bucket?: TimeBucket;
  /** Overrides the manifest's reference; a reference given as files is not supported yet. */
  reference?: { start: number; end: number };
  subgroup?: string;
  positiveLabel?: string;
}

/**
 * Performance of a pipeline's predictions per window. Coverage comes from the engine's
 * labelJoin; the joined rows from `rows` (see PerformanceRowSource for the engine request it
 * stands in for).
 */
export async function pipelinePerformance(
  pipeline: Pipeline,
  engine: Engine,
  rows: PerformanceRowSource,
  options: PipelinePerformanceOptions = {},
): Promise<PerformanceResult> {
  const request = requestOf(pipeline, options);
  const bucket = options.bucket ?? 'day';
  const reference = referenceOf(pipeline, options);
  const [coverage, inputs] = await Promise.all([
    engine.labelJoin({
      predictions: { stage: request.predictions.stage, key: request.predictions.key ?? '', time: request.predictions.time },
      labels: { stage: request.labels.stage, key: request.labels.key ?? '', column: request.labels.column, time: request.labels.time },
      bucket,
    }),
    rows.performanceRows(request),
  ]);
  const series = performanceSeries(inputs, { ...options, reference, bucket });
  return {
    kind: 'performance',
    version: PERFORMANCE_VERSION,
    pipeline: pipeline.name,
    source: {
      predictions: `stage "${request.predictions.stage}"${request.predictions.score ? `, score "${request.predictions.score}"` : ''}${request.predictions.class ? `, class "${request.predictions.class}"` : ''}`,
      labels: request.labels.stage === request.predictions.stage ? `column "${request.labels.column}"` : `stage "${request.labels.stage}" joined by "${request.labels.key}"`,
      ...(options.positiveLabel !== undefined ? { positiveLabel: options.positiveLabel } : {}),
    },
    coverage: { total: coverage.total, labeled: coverage.labeled, coverage: coverage.total ? coverage.labeled / coverage.total : 0 },
    notes: notesOf(series.windows.length, inputs.times.length, series.windows.reduce((sum, w) => sum + w.total, 0)),
    ...series,
  };
}

function requestOf(pipeline: Pipeline, options: PipelinePerformanceOptions): PerformanceRowsRequest {
  const { predictions, labels } = pipeline;
  if (!predictions || !labels) {
    throw new SightlineInputError('performance.no-labels', `pipeline "${pipeline.name}" names no ${predictions ? 'labels' : 'predictions'}`, {
      hint: 'Add "predictions" and "labels" to sightline.json.',
    });
  }
  const stage = findStage(pipeline, predictions.stage);
  const labelStage = findStage(pipeline, labels.stage);
  if (!stage?.time) {
    throw new SightlineInputError('performance.no-time', `stage "${predictions.stage}" has no event-time column`, { hint: 'Set "time" on the stage in sightline.json.' });
  }
  return {
    task: options.task ?? 'classification',
    predictions: { stage: stage.name, time: stage.time, key: stage.key, score: predictions.score, class: predictions.class, subgroup: options.subgroup },
    labels: { stage: labels.stage, column: labels.column, key: labels.key ?? labelStage?.key, time: labels.time },
    positiveLabel: options.positiveLabel,
  };
}

function referenceOf(pipeline: Pipeline, options: PipelinePerformanceOptions): { start: number; end: number } {
  if (options.reference) return options.reference;
  if (pipeline.reference?.kind === 'range') return { start: pipeline.reference.start, end: pipeline.reference.end };
  throw new SightlineInputError('performance.no-reference', `pipeline "${pipeline.name}" has no reference time range`, {
    hint: 'Give "reference": { "start", "end" } in sightline.json, or pass a reference range.',
  });
}

function notesOf(windows: number, records: number, inWindows: number): string[] {
  const notes: string[] = [];
  if (inWindows < records) notes.push(`${records - inWindows} of ${records} prediction records have no event time or no prediction and are left out.`);
  if (windows === 0) notes.push('No prediction records with an event time.');
  return notes;
}
