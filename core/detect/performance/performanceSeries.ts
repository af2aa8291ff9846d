import type { ObservedMetrics, PerformanceEstimate, PerformanceSeries, PerformanceSettings, PerformanceWindow } from './types';
import type { PerformanceInputs, SeriesOptions } from './inputs';
import type { IntervalOptions, LabeledSample } from './sample';
import { bucketStart } from '../../engine/engine';
import { classificationMetrics } from './classificationMetrics';
import { regressionMetrics } from './regressionMetrics';
import { labelLag } from './labelLag';
import { fitIsotonic, type IsotonicMap } from './isotonic';
import { cbpeEstimate } from './cbpe';
import { reweightedEstimate } from './reweight';
import { CALIBRATION_BINS } from './calibrationError';
import { LOG_LOSS_EPS } from './logLoss';

/**
 * Performance per time window over the labeled records, with coverage and label lag, and for
 * sparsely labeled windows estimates (CBPE, subgroup reweighting) fitted on the reference.
 */
export function performanceSeries(inputs: PerformanceInputs, options: SeriesOptions): PerformanceSeries {
  const settings = settingsOf(inputs, options);
  const intervals: IntervalOptions = { level: settings.level, replicates: settings.bootstrapReplicates, seed: settings.seed };
  const predicted = predictedClasses(inputs, settings.threshold);
  const eligible = eligibleRecords(inputs, predicted);
  const referenceRows = eligible.filter((i) => inputs.times[i] >= options.reference.start && inputs.times[i] < options.reference.end);
  const referenceLabeled = labeledOf(referenceRows, inputs.labels);
  const referenceSample = sampleOf(inputs, predicted, referenceLabeled);
  const model = referenceModel(inputs, referenceSample, referenceLabeled);
  const windows = [...groupByBucket(eligible, inputs.times, options.bucket)].map(([start, rows]) =>
    windowOf(start, rows, { inputs, predicted, settings, intervals, model, options }),
  );
  return {
    task: inputs.task,
    bucket: options.bucket,
    reference: { ...options.reference, observed: observe(inputs, referenceSample, referenceRows.length, intervals) },
    windows,
    settings,
  };
}

interface ReferenceModel {
  calibration: IsotonicMap | null;
  groups: (LabeledSample & { groups: Int32Array }) | null;
}

interface WindowContext {
  inputs: PerformanceInputs;
  predicted: Float64Array;
  settings: PerformanceSettings;
  intervals: IntervalOptions;
  model: ReferenceModel;
  options: SeriesOptions;
}

function windowOf(start: number, rows: number[], context: WindowContext): PerformanceWindow {
  const { inputs, predicted, settings, intervals, options } = context;
  const labeled = labeledOf(rows, inputs.labels);
  const coverage = labeled.length / rows.length;
  const sample = sampleOf(inputs, predicted, labeled);
  return {
    start,
    total: rows.length,
    labeled: labeled.length,
    coverage,
    lagMs: labelLag(labeled, inputs.times, inputs.labelTimes),
    inReference: start >= bucketStart(options.reference.start, options.bucket) && start < options.reference.end,
    observed: observe(inputs, sample, rows.length, intervals),
    estimates: coverage < settings.estimateBelowCoverage ? estimatesFor(rows, context) : [],
  };
}

function estimatesFor(rows: number[], { inputs, predicted, intervals, model }: WindowContext): PerformanceEstimate[] {
  if (inputs.task !== 'classification') return [];
  const estimates: PerformanceEstimate[] = [];
  if (model.calibration) {
    const window = { scores: Float64Array.from(rows, (i) => inputs.scores[i]), predicted: Float64Array.from(rows, (i) => predicted[i]) };
    estimates.push(cbpeEstimate(window, model.calibration, intervals));
  }
  if (model.groups && inputs.subgroup) {
    const missing = inputs.subgroup.dictionary.length;
    const windowGroups = Int32Array.from(rows, (i) => groupCode(inputs.subgroup!.codes[i], missing));
    estimates.push(reweightedEstimate(model.groups, windowGroups, missing + 1, inputs.subgroup.column, intervals));
  }
  return estimates;
}

function referenceModel(inputs: PerformanceInputs, sample: LabeledSample, rows: number[]): ReferenceModel {
  if (inputs.task !== 'classification' || rows.length === 0) return { calibration: null, groups: null };
  const scored = rows.map((_, k) => k).filter((k) => !Number.isNaN(sample.scores[k]));
  const positives = scored.filter((k) => sample.labels[k] === 1).length;
  const calibration =
    positives > 0 && positives < scored.length
      ? fitIsotonic(
          scored.map((k) => sample.scores[k]),
          scored.map((k) => sample.labels[k]),
        )
      : null;
  const subgroup = inputs.subgroup;
  const groups = subgroup ? { ...sample, groups: Int32Array.from(rows, (i) => groupCode(subgroup.codes[i], subgroup.dictionary.length)) } : null;
  return { calibration, groups };
}

function observe(inputs: PerformanceInputs, sample: LabeledSample, total: number, intervals: IntervalOptions): ObservedMetrics {
  return inputs.task === 'classification' ? classificationMetrics(sample, total, intervals) : regressionMetrics(sample, total, intervals);
}

function settingsOf(inputs: PerformanceInputs, options: SeriesOptions): PerformanceSettings {
  return {
    level: options.level ?? 0.95,
    bootstrapReplicates: options.replicates ?? 500,
    seed: options.seed ?? 1,
    threshold: options.threshold ?? 0.5,
    calibrationBins: CALIBRATION_BINS,
    logLossEps: LOG_LOSS_EPS,
    estimateBelowCoverage: options.estimateBelowCoverage ?? 0.5,
    cbpeCalibration: 'isotonic',
    ...(inputs.subgroup ? { subgroupColumn: inputs.subgroup.column } : {}),
  };
}

/** The logged class where there is one, else the thresholded score; NaN with neither. */
function predictedClasses(inputs: PerformanceInputs, threshold: number): Float64Array {
  return inputs.scores.map((score, i) => {
    const logged = inputs.classes?.[i];
    if (logged !== undefined && !Number.isNaN(logged)) return logged;
    if (inputs.task === 'regression' || Number.isNaN(score)) return NaN;
    return score >= threshold ? 1 : 0;
  });
}

/** Records with a time and a prediction: the denominator of coverage. */
function eligibleRecords(inputs: PerformanceInputs, predicted: Float64Array): number[] {
  const rows: number[] = [];
  const prediction = inputs.task === 'classification' ? predicted : inputs.scores;
  for (let i = 0; i < inputs.times.length; i++) if (!Number.isNaN(inputs.times[i]) && !Number.isNaN(prediction[i])) rows.push(i);
  return rows;
}

function labeledOf(rows: number[], labels: Float64Array): number[] {
  return rows.filter((i) => !Number.isNaN(labels[i]));
}

function sampleOf(inputs: PerformanceInputs, predicted: Float64Array, rows: number[]): LabeledSample {
  return {
    scores: Float64Array.from(rows, (i) => inputs.scores[i]),
    predicted: Float64Array.from(rows, (i) => predicted[i]),
    labels: Float64Array.from(rows, (i) => inputs.labels[i]),
  };
}

function groupByBucket(rows: number[], times: Float64Array, bucket: SeriesOptions['bucket']): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const i of rows) {
    const start = bucketStart(times[i], bucket);
    const group = groups.get(start);
    if (group) group.push(i);
    else groups.set(start, [i]);
  }
  return new Map([...groups].sort((a, b) => a[0] - b[0]));
}

function groupCode(code: number, missing: number): number {
  return code < 0 ? missing : code;
}
