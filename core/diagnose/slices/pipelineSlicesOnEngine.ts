import type { Engine } from '../../engine/engine';
import type { BinnedFeature, ColumnSummary, FeatureBins, SliceRelation } from '../../engine/sliceRelation';
import type { Pipeline } from '../../io/pipeline';
import type { SliceFeature, SlicesResult } from '../../protocol';
import type { SliceData } from './findSlices';
import type { PipelineSliceOptions } from './pipelineSlices';
import { SightlineInputError } from '../../io/errors';
import { byCountThenValue } from '../../engine/columnCounts';
import { findSlicesSteps, noErrors, sliceOptions } from './findSlices';
import { driveSearchAsync } from './driveSearch';
import { relationCounts } from './relationCounts';
import { freeName, sliceColumnPlan } from './sliceColumnPlan';
import { booleanBins, categoryBins, exclusionReason, numericBins, quantileRanks } from './featureBins';
import { errorDescription, missingClass, noKey, noTimeColumn, requireRoles, stageOf } from './pipelineSliceTable';
import { pipelineNotes, pipelineTitle } from './pipelineSlices';

/**
 * `pipelineSlices` pushed down to a SQL engine: the engine joins predictions, labels and stage
 * columns where the logs are and answers each search level's counts in one query; only
 * statistics come back. The search, its pruning and its tests are the in-memory ones, so the
 * result is the same.
 */
export async function pipelineSlicesOnEngine(pipeline: Pipeline, engine: Engine, options: PipelineSliceOptions = {}): Promise<SlicesResult> {
  if (!engine.sliceRelation) throw new TypeError(`engine ${engine.name} does not build slice relations; search the loaded rows instead`);
  const { predictions, labels } = requireRoles(pipeline);
  const predictStage = stageOf(pipeline, predictions.stage);
  const labelStage = stageOf(pipeline, labels.stage);
  const classColumn = predictions.class ?? missingClass(predictStage);
  const { start, end, ...sliceOptionsGiven } = options;
  if ((start !== undefined || end !== undefined) && !predictStage.time) throw noTimeColumn(predictStage);
  const labelKey = labels.key ?? labelStage.key;
  if (labelStage !== predictStage && (!predictStage.key || !labelKey)) throw noKey(pipeline);
  const loaded = new Set(engine.stageNames());
  const plan = sliceColumnPlan(pipeline, predictStage, (stage) => (loaded.has(stage.name) ? engine.columnNames(stage.name) : undefined));
  const relation = await engine.sliceRelation({
    predictions: { stage: predictStage.name, class: classColumn, key: predictStage.key, time: predictStage.time },
    labels: { stage: labelStage.name, column: labels.column, key: labelKey, time: labels.time ?? labelStage.time },
    start,
    end,
    features: plan.features.map((f) => ({ ...f, key: stageOf(pipeline, f.stage).key })),
  });
  try {
    options.signal?.throwIfAborted();
    const errorColumn = freeName('error', plan.features.map((f) => f.column));
    const { data, binned, unlabeled, predictionRows } = await sliceData(relation, errorColumn, options);
    const title = pipelineTitle(pipeline, start, end);
    const result = await driveSearchAsync(findSlicesSteps(data, { ...sliceOptionsGiven, source: pipeline.source, title }), (request) => relationCounts(relation, binned, request));
    const description = errorDescription(classColumn, predictStage, labels);
    return pipelineNotes(result, { unlabeled, predictions: predictionRows, columnStages: plan.columnStages, description, start, end });
  } finally {
    await relation.close();
  }
}

/** The search's data from the engine's statistics: the memory path's feature choice and bins, asked for in a few queries. */
async function sliceData(relation: SliceRelation, errorColumn: string, options: PipelineSliceOptions): Promise<{ data: SliceData; binned: BinnedFeature[]; unlabeled: number; predictionRows: number }> {
  const o = sliceOptions(options);
  const totals = await relation.totals();
  if (totals.rows === 0) throw noErrors(`column "${errorColumn}"`);
  const columns = await relation.columns();
  const excluded: SliceData['excluded'] = [];
  let chosen: number[];
  if (options.features) chosen = options.features.map((name) => columnIndex(columns, name, errorColumn));
  else {
    chosen = [];
    columns.forEach((column, i) => {
      const reason = exclusionReason(column, [errorColumn], totals.rows);
      if (reason) excluded.push({ column: column.name, reason });
      else chosen.push(i);
    });
    excluded.push({ column: errorColumn, reason: 'used to compute the error' });
  }
  const bins = await featureBins(relation, chosen.map((i) => ({ index: i, column: columns[i] })), totals.rows, o);
  const binned = chosen.map((column, i) => ({ column, bins: bins[i] }));
  const features: SliceFeature[] = chosen.map((i, k) => ({ name: columns[i].name, kind: bins[k].kind === 'numeric' ? 'numeric' : 'categorical', bins: bins[k].labels, binning: bins[k].binning }));
  const data: SliceData = {
    rows: totals.rows,
    rowsWithoutError: totals.predictions - totals.rows,
    totals: { rows: totals.rows, errorSum: totals.errorSum, errorSquares: totals.errorSquares, binary: true },
    errorKind: 'binary',
    errorDescription: `column "${errorColumn}"`,
    errorSpec: { error: errorColumn },
    features,
    excluded,
  };
  return { data, binned, unlabeled: totals.unlabeled, predictionRows: totals.predictions };
}

/** Each chosen column's bins: quantile edges from order statistics, kept categories from value counts. */
async function featureBins(relation: SliceRelation, chosen: Array<{ index: number; column: ColumnSummary }>, rows: number, o: { bins: number; maxCategories: number }): Promise<FeatureBins[]> {
  const numeric = chosen.filter((c) => c.column.type !== 'category' && c.column.type !== 'boolean' && c.column.present > 0);
  const ranks = numeric.map((c) => quantileRanks(c.column.present, o.bins));
  const statistics = await relation.orderStatistics(numeric.map((c, j) => ({ feature: c.index, ranks: ranks[j] })));
  const categories = chosen.filter((c) => c.column.type === 'category');
  const counts = await relation.valueCounts(categories.map((c) => c.index));
  return chosen.map(({ index, column }) => {
    const missing = column.present < rows;
    if (column.type === 'boolean') return booleanBins(missing);
    if (column.type === 'category') return categoryBins(counts[categories.findIndex((c) => c.index === index)].sort(byCountThenValue), rows - column.present, o.maxCategories);
    const j = numeric.findIndex((c) => c.index === index);
    return numericBins(column.present, (rank) => statistics[j][ranks[j].indexOf(rank)], o.bins, missing);
  });
}

function columnIndex(columns: ColumnSummary[], name: string, errorColumn: string): number {
  const at = columns.findIndex((c) => c.name === name);
  if (at >= 0) return at;
  throw new SightlineInputError('slices.unknown-column', `there is no feature column "${name}"`, {
    column: name,
    hint: `Available columns: ${[...columns.map((c) => c.name), errorColumn].join(', ')}.`,
  });
}

