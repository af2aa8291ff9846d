import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { SlicesResult } from '../../protocol';
import type { SliceOptions } from './sliceOptions';
import { findSlices } from './findSlices';
import { pipelineSliceTable } from './pipelineSliceTable';
import { rangeLabel } from '../../detect/drift/rangeLabel';

export interface PipelineSliceOptions extends Omit<SliceOptions, 'source' | 'title'> {
  /** Only predictions whose event time is in [start, end) (epoch ms). */
  start?: number;
  end?: number;
}

/**
 * The slices where a pipeline's predictions are most often wrong: the predictions joined with
 * their labels and the upstream stages' columns (see `pipelineSliceTable`), then `findSlices`.
 */
export function pipelineSlices(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, options: PipelineSliceOptions = {}): SlicesResult {
  const { start, end, ...sliceOptions } = options;
  const joined = pipelineSliceTable(pipeline, tables, { start, end });
  const result = findSlices(joined.table, { error: joined.errorColumn }, { ...sliceOptions, source: pipeline.source, title: pipelineTitle(pipeline, start, end) });
  return pipelineNotes(result, { unlabeled: joined.unlabeled, predictions: joined.table.rowCount, columnStages: joined.columnStages, description: joined.description, start, end });
}

export function pipelineTitle(pipeline: Pipeline, start: number | undefined, end: number | undefined): string {
  return start !== undefined || end !== undefined ? `${pipeline.name} ${rangeLabel(start, end)}` : pipeline.name;
}

/** The search's result with what a pipeline adds: unlabeled predictions, where columns came from, what the error is. */
export function pipelineNotes(
  result: SlicesResult,
  joined: { unlabeled: number; predictions: number; columnStages: Record<string, string>; description: string; start?: number; end?: number },
): SlicesResult {
  const ranged = joined.start !== undefined || joined.end !== undefined;
  const notes = [
    ...(joined.unlabeled ? [`${joined.unlabeled} of ${joined.predictions} predictions${ranged ? ` in ${rangeLabel(joined.start, joined.end)}` : ''} have no label yet and were left out`] : []),
    `columns joined by record key from: ${stagesOf(joined.columnStages)}`,
    ...result.notes,
  ];
  return { ...result, options: { ...result.options, errorSource: joined.description }, notes };
}

function stagesOf(columnStages: Record<string, string>): string {
  const byStage = new Map<string, string[]>();
  for (const [column, stage] of Object.entries(columnStages)) byStage.set(stage, [...(byStage.get(stage) ?? []), column]);
  return [...byStage].map(([stage, columns]) => `${stage} (${columns.join(', ')})`).join('; ') || 'no stage';
}
