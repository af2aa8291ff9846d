import type { Engine, TimeBucket } from '../engine/engine';
import type { Pipeline, PipelineStage } from '../io/pipeline';
import type { AlertSubpopulation, MonitorReference } from './types';
import type { PerformanceRowSource } from '../detect/performance/tableRows';
import type { WindowFinding } from './episodes';
import { bucketStart } from '../engine/engine';
import { quantileSorted } from '../stats/quantile';
import { ALERT_Z, WARN_Z, looRule, median } from './robustRule';
import { isReferenceWindow } from './referenceWindows';
import { LAG_MIN_CHANGE } from './labelLag';
import { MAX_CATEGORIES } from './unseenCategories';

/** Slices per slice column: its most frequent values among the predictions. */
const MAX_SLICE_VALUES = 30;
/** Arrived labels a slice's window needs before its p90 lag is scored. */
const MIN_LAGS = 20;
/**
 * Many slices are watched at once, so a slice alerts only when its p90 lag at least doubled and
 * its score reaches the alert level; the overall label-lag rule stays as it is.
 */
const SLICE_MIN_RATIO = 2;

export interface LagSliceContext {
  pipeline: Pipeline;
  engine: Engine;
  rows: PerformanceRowSource;
  bucket: TimeBucket;
  reference: MonitorReference;
  /** Where the findings are reported: the labels stage and its label-time column. */
  at: { stage: string; column: string };
}

interface SliceColumn {
  stage: PipelineStage & { key: string };
  column: string;
  values: string[];
}

/**
 * Label lag per slice: the labels of one airline or airport can slow down while the overall lag
 * hardly moves. Slices come from the category columns of every keyed stage before the labels
 * (each column name once, from its first stage), brought to the predictions by record key.
 */
export async function labelLagSliceFindings(context: LagSliceContext): Promise<WindowFinding[]> {
  const { pipeline } = context;
  const predictions = pipeline.predictions && pipeline.stages.find((s) => s.name === pipeline.predictions!.stage);
  const labels = pipeline.labels;
  if (!predictions?.time || !predictions.key || !labels?.time) return [];
  const labelStage = pipeline.stages.find((s) => s.name === labels.stage);
  const inputs = await context.rows.performanceRows({
    task: 'classification',
    predictions: { stage: predictions.name, time: predictions.time, key: predictions.key },
    labels: { stage: labels.stage, column: labels.column, key: labels.key ?? labelStage?.key, time: labels.time },
  });
  const lags = lagOf(inputs.times, inputs.labelTimes);
  const windows = windowIndex(inputs.times, context.bucket);
  const isReference = windows.starts.map((s) => isReferenceWindow(s, context.bucket, context.reference));
  const findings: WindowFinding[] = [];
  for (const slice of await sliceColumns(context, labels.stage)) {
    const { codes, dictionary } = await context.rows.keyedCategories({
      predictions: { stage: predictions.name, key: predictions.key },
      from: { stage: slice.stage.name, key: slice.stage.key, column: slice.column },
    });
    findings.push(...sliceFindings(slice, codes, dictionary, { lags, windows, isReference, at: context.at }));
  }
  return strongestPerWindow(findings);
}

function lagOf(times: Float64Array, labelTimes: Float64Array | undefined): Float64Array {
  const lags = new Float64Array(times.length).fill(NaN);
  if (labelTimes) for (let i = 0; i < times.length; i++) lags[i] = labelTimes[i] - times[i];
  return lags;
}

function windowIndex(times: Float64Array, bucket: TimeBucket): { starts: number[]; of: Int32Array } {
  const startSet = new Set<number>();
  for (const t of times) if (!Number.isNaN(t)) startSet.add(bucketStart(t, bucket));
  const starts = [...startSet].sort((a, b) => a - b);
  const index = new Map(starts.map((s, w) => [s, w]));
  const of = Int32Array.from(times, (t) => (Number.isNaN(t) ? -1 : index.get(bucketStart(t, bucket))!));
  return { starts, of };
}

async function sliceColumns(context: LagSliceContext, labelStage: string): Promise<SliceColumn[]> {
  const seen = new Set<string>();
  const slices: SliceColumn[] = [];
  for (const stage of context.pipeline.stages) {
    if (stage.name === labelStage || !stage.key) continue;
    const keyed = stage as PipelineStage & { key: string };
    for (const column of await context.engine.profile(stage.name)) {
      if (column.type !== 'category' || column.name === stage.key || seen.has(column.name) || (column.distinct ?? Infinity) > MAX_CATEGORIES) continue;
      seen.add(column.name);
      const values = (await context.engine.valueCounts(stage.name, column.name, MAX_SLICE_VALUES)).flatMap((v) => (v.value === null ? [] : [v.value]));
      if (values.length >= 2) slices.push({ stage: keyed, column: column.name, values });
    }
  }
  return slices;
}

interface LagData {
  lags: Float64Array;
  windows: { starts: number[]; of: Int32Array };
  isReference: boolean[];
  at: { stage: string; column: string };
}

function sliceFindings(slice: SliceColumn, codes: Int32Array, dictionary: string[], data: LagData): WindowFinding[] {
  const valueIndex = new Map(slice.values.map((v, s) => [v, s]));
  const sliceOfCode = dictionary.map((v) => valueIndex.get(v) ?? -1);
  const W = data.windows.starts.length;
  const cells: number[][] = Array.from({ length: W * slice.values.length }, () => []);
  const rows = new Float64Array(W * slice.values.length);
  const windowRows = new Float64Array(W);
  for (let i = 0; i < codes.length; i++) {
    const w = data.windows.of[i];
    if (w < 0) continue;
    windowRows[w]++;
    const s = codes[i] < 0 ? -1 : sliceOfCode[codes[i]];
    if (s < 0) continue;
    rows[w * slice.values.length + s]++;
    if (!Number.isNaN(data.lags[i])) cells[w * slice.values.length + s].push(data.lags[i]);
  }
  const findings: WindowFinding[] = [];
  slice.values.forEach((value, s) => {
    const p90 = data.windows.starts.map((_, w) => p90Of(cells[w * slice.values.length + s]));
    for (const f of scoreSlice(p90, data)) {
      const share = windowRows[f.w] ? rows[f.w * slice.values.length + s] / windowRows[f.w] : 0;
      findings.push(finding(f, { column: slice.column, value, share }, data));
    }
  });
  return findings;
}

function p90Of(lags: number[]): number {
  if (lags.length < MIN_LAGS) return NaN;
  return quantileSorted(Float64Array.from(lags).sort(), 0.9);
}

interface ScoredWindow {
  w: number;
  p90: number;
  baseline: number;
  score: number;
}

/** Windows where the slice's p90 lag rose past the slice bar, scored against the slice's own reference windows. */
function scoreSlice(p90: number[], data: LagData): ScoredWindow[] {
  const refIdx = p90.map((_, w) => w).filter((w) => data.isReference[w] && !Number.isNaN(p90[w]));
  if (refIdx.length < 3) return [];
  const baselineOf = (w: number): number => median(refIdx.filter((r) => r !== w).map((r) => p90[r]));
  const deviation = (w: number): number => Math.log((p90[w] + 1) / (baselineOf(w) + 1));
  const rule = looRule(refIdx.map(deviation), LAG_MIN_CHANGE);
  const scale = Math.max(rule.scale, rule.minChange / WARN_Z);
  const scored: ScoredWindow[] = [];
  p90.forEach((value, w) => {
    if (data.isReference[w] || Number.isNaN(value)) return;
    const d = deviation(w);
    const score = (d - rule.center) / scale;
    if (score >= ALERT_Z && d >= Math.log(SLICE_MIN_RATIO)) scored.push({ w, p90: value, baseline: baselineOf(w), score });
  });
  return scored;
}

const hours = (ms: number): string => `${(ms / 3_600_000).toFixed(1)} h`;

function finding(f: ScoredWindow, slice: { column: string; value: string; share: number }, data: LagData): WindowFinding {
  const ratio = (f.p90 + 1) / (f.baseline + 1);
  const subpopulation: AlertSubpopulation = {
    column: slice.column,
    value: slice.value,
    share: slice.share,
    inside: f.p90,
    outside: f.baseline,
    description: `${slice.column} = ${slice.value} (${(slice.share * 100).toFixed(1)}% of predictions): p90 label lag ${hours(f.p90)} against ${hours(f.baseline)} in its reference windows (x${ratio.toFixed(1)})`,
  };
  const start = data.windows.starts[f.w];
  return {
    kind: 'label-lag',
    ...data.at,
    index: f.w,
    start,
    severity: 'alert',
    score: f.score,
    evidence: `labels of predictions from ${new Date(start).toISOString().slice(0, 10)} arrive x${ratio.toFixed(1)} later in ${slice.column} = ${slice.value}: p90 lag ${hours(f.p90)} against ${hours(f.baseline)} in its reference windows; score ${f.score.toFixed(1)}`,
    subpopulation,
  };
}

/**
 * One finding per window: of the slices that qualify, the one whose lag grew most. A broad
 * slice (a state) often scores higher than the narrow one inside it that holds the change (an
 * airport), because its larger reference is less noisy; the larger growth points at the narrow one.
 */
function strongestPerWindow(findings: WindowFinding[]): WindowFinding[] {
  const growth = (f: WindowFinding): number => (f.subpopulation ? (f.subpopulation.inside + 1) / (f.subpopulation.outside + 1) : 0);
  const best = new Map<number, WindowFinding>();
  for (const f of findings) if (!best.has(f.index) || growth(best.get(f.index)!) < growth(f)) best.set(f.index, f);
  return [...best.values()].sort((a, b) => a.index - b.index);
}
