import type { Column, LogTable } from '../../io/logTable';
import type { KeyedCategoriesRequest, PerformanceRowSource, PerformanceRowsRequest } from '../../detect/performance/tableRows';
import type { SqlEngine } from './sqlEngine';
import { tableRowSource } from '../../detect/performance/tableRows';
import { columnLength } from '../../io/logTable';

const LABEL = '__label';
const LABEL_TIME = '__label_time';
const JOINED = '__joined';

/**
 * Performance inputs from a SQL engine: the database joins each prediction to its key's first
 * label and returns the few per-record columns a bootstrap needs; the conversion to outcomes is
 * the in-memory source's, so both engines read labels the same way.
 */
export function sqlRowSource(engine: SqlEngine): PerformanceRowSource {
  return {
    performanceRows: async (request) => {
      const { stage, table } = await predictionTable(engine, request);
      return tableRowSource(new Map([[stage, table]])).performanceRows({
        ...request,
        labels: { stage, column: LABEL, ...(request.labels.time ? { time: LABEL_TIME } : {}) },
      });
    },
    keyedCategories: async (request) => {
      const table = await keyedTable(engine, request);
      const stage = request.predictions.stage;
      return tableRowSource(new Map([[stage, table]])).keyedCategories({ predictions: request.predictions, from: { stage, key: request.predictions.key, column: JOINED } });
    },
  };
}

async function predictionTable(engine: SqlEngine, request: PerformanceRowsRequest): Promise<{ stage: string; table: LogTable }> {
  const { predictions, labels } = request;
  const own = [predictions.time, predictions.score, predictions.class, predictions.subgroup].filter((c): c is string => !!c);
  const sameStage = labels.stage === predictions.stage;
  const labelColumns = [labels.column, ...(labels.time ? [labels.time] : [])];
  const columns = await engine.recordColumns({
    stage: predictions.stage,
    columns: sameStage ? [...new Set([...own, ...labelColumns])] : own,
    ...(sameStage
      ? {}
      : { join: { key: predictions.key ?? '', stage: labels.stage, stageKey: labels.key ?? '', columns: labelColumns, firstBy: labels.time, requireValue: labels.column } }),
  });
  const named = (name: string): Column => columns.find((c) => c.name === (sameStage ? name : `${labels.stage}.${name}`))!;
  const extra = [{ ...named(labels.column), name: LABEL }, ...(labels.time ? [{ ...named(labels.time), name: LABEL_TIME }] : [])];
  const kept = columns.filter((c) => own.includes(c.name));
  return { stage: predictions.stage, table: { rowCount: rowsOf(columns), columns: [...kept, ...extra], reports: [] } };
}

async function keyedTable(engine: SqlEngine, request: KeyedCategoriesRequest): Promise<LogTable> {
  const { predictions, from } = request;
  const sameStage = from.stage === predictions.stage;
  const columns = await engine.recordColumns({
    stage: predictions.stage,
    columns: sameStage ? [...new Set([predictions.key, from.column])] : [predictions.key],
    ...(sameStage ? {} : { join: { key: predictions.key, stage: from.stage, stageKey: from.key, columns: [from.column] } }),
  });
  const joined = columns.find((c) => c.name === (sameStage ? from.column : `${from.stage}.${from.column}`))!;
  const key = columns.find((c) => c.name === predictions.key)!;
  return { rowCount: rowsOf(columns), columns: [key, { ...joined, name: JOINED }], reports: [] };
}

function rowsOf(columns: Column[]): number {
  return columns.length ? columnLength(columns[0]) : 0;
}
