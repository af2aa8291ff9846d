import type { Column, LogTable } from '../../io/logTable';
import type { Pipeline, PipelineStage } from '../../io/pipeline';
import type { LineageResult, LineageRow, LineageStage } from '../../protocol';
import type { StageLookup } from './traceStages';
import type { RunIndex } from './runIndex';
import { findColumn } from '../../io/logTable';
import { buildKeyIndex, keyText } from './keyIndex';
import { rowFileLocator } from './rowFiles';
import { rowValues } from './rowValues';
import { traceStages } from './traceStages';
import { predictionOf } from './predictionOf';
import { labelOf } from './labelOf';
import { runsFor } from './runsFor';
import { noKeyError, unknownKeyError } from './lineageErrors';

interface KeyedStage {
  stage: PipelineStage;
  table: LogTable;
  keyColumn: string;
  key: Column;
  time?: Column;
  rowsByKey: Map<string, number[]>;
  fileOf: (row: number) => string | undefined;
}

const EXAMPLE_KEYS = 3;

/**
 * Finds records by key in every stage. The key -> rows maps are built once, in the constructor,
 * so a panel can ask for many keys at the cost of one Map access per stage each.
 */
export class LineageIndex {
  private readonly keyed = new Map<string, KeyedStage>();
  private readonly unkeyed = new Map<string, string>();

  constructor(
    private readonly pipeline: Pipeline,
    tables: ReadonlyMap<string, LogTable>,
    private readonly runs?: RunIndex,
  ) {
    for (const stage of pipeline.stages) {
      const keyColumn = this.keyColumnOf(stage);
      const table = tables.get(stage.name);
      const key = keyColumn && table ? findColumn(table, keyColumn) : undefined;
      if (!keyColumn || !table || !key) {
        this.unkeyed.set(stage.name, keyColumn ? `has no column "${keyColumn}"` : 'names no key');
        continue;
      }
      const time = stage.time ? findColumn(table, stage.time) : undefined;
      this.keyed.set(stage.name, { stage, table, keyColumn, key, time, rowsByKey: buildKeyIndex(key), fileOf: rowFileLocator(table) });
    }
    if (!this.keyed.size) throw noKeyError(pipeline.source);
  }

  /** Stages that can be searched, in pipeline order. */
  get stages(): string[] {
    return [...this.keyed.keys()];
  }

  /** Rows of `key` in `stage` (ascending; empty when none or the stage has no key). */
  rowsOf(stage: string, key: string): readonly number[] {
    return this.keyed.get(stage)?.rowsByKey.get(key) ?? [];
  }

  has(key: string): boolean {
    for (const keyed of this.keyed.values()) if (keyed.rowsByKey.has(key)) return true;
    return false;
  }

  /** The first keys of the first searchable stage, in row order. */
  exampleKeys(count = EXAMPLE_KEYS): string[] {
    const [first] = this.keyed.values();
    const keys: string[] = [];
    for (let row = 0; row < first.table.rowCount && keys.length < count; row++) {
      const key = keyText(first.key, row);
      if (key !== null && !keys.includes(key)) keys.push(key);
    }
    return keys;
  }

  /** The record's path through the pipeline; throws a readable input error for an unknown key. */
  lookup(key: string): LineageResult {
    if (!this.has(key)) throw this.unknownKey(key);
    const { stages, notes } = traceStages(this.pipeline.stages.map((stage) => this.stageLookup(stage, key)));
    const result: LineageResult = { kind: 'lineage', version: 1, pipeline: this.pipeline.name, source: this.pipeline.source, key, stages, notes };
    const eventTime = this.eventTime(stages);
    if (eventTime !== undefined) result.eventTime = eventTime;
    this.addOutcome(result, stages);
    if (this.runs) result.runs = runsFor(this.runs, eventTime, notes);
    return result;
  }

  private addOutcome(result: LineageResult, stages: LineageStage[]): void {
    const byName = (name: string | undefined) => stages.find((s) => s.stage === name);
    const { predictions, labels } = this.pipeline;
    if (predictions) {
      const prediction = predictionOf(predictions, byName(predictions.stage));
      if (prediction) result.prediction = prediction;
      else result.notes.push(`no prediction: the record is not in stage "${predictions.stage}"`);
    }
    if (labels) {
      const label = labelOf(labels, byName(labels.stage), result.prediction?.time);
      if (label) result.label = label;
      else result.notes.push(`no label (yet): stage "${labels.stage}" has no "${labels.column}" for this record`);
    }
  }

  private stageLookup(stage: PipelineStage, key: string): StageLookup {
    const lookup: StageLookup = { stage: stage.name, timeColumn: stage.time, role: this.roleOf(stage.name) };
    const keyed = this.keyed.get(stage.name);
    if (!keyed) return lookup;
    lookup.keyColumn = keyed.keyColumn;
    lookup.rows = this.rowsOf(stage.name, key).map((row) => lineageRow(keyed, row));
    return lookup;
  }

  private eventTime(stages: LineageStage[]): number | undefined {
    const separateLabels = this.pipeline.labels && this.pipeline.labels.stage !== this.pipeline.predictions?.stage ? this.pipeline.labels.stage : undefined;
    for (const stage of stages) {
      if (stage.stage === separateLabels) continue;
      const time = stage.rows.find((row) => row.time !== undefined)?.time;
      if (time !== undefined) return time;
    }
    return undefined;
  }

  private keyColumnOf(stage: PipelineStage): string | undefined {
    const labels = this.pipeline.labels;
    return labels && labels.stage === stage.name && labels.key ? labels.key : stage.key;
  }

  private roleOf(stage: string): LineageStage['role'] {
    const predicts = this.pipeline.predictions?.stage === stage;
    const labels = this.pipeline.labels?.stage === stage;
    return predicts && labels ? 'predictions+labels' : predicts ? 'predictions' : labels ? 'labels' : undefined;
  }

  private unknownKey(key: string): Error {
    const lower = key.toLowerCase();
    const caseMatches = new Set<string>();
    for (const keyed of this.keyed.values()) {
      for (const candidate of keyed.rowsByKey.keys()) {
        if (candidate.toLowerCase() === lower) caseMatches.add(candidate);
        if (caseMatches.size >= EXAMPLE_KEYS) break;
      }
    }
    const searched = [...this.keyed.values()].map((k) => `${k.stage.name} (${k.keyColumn})`);
    const skipped = [...this.unkeyed].map(([stage, why]) => `${stage}: not searched, ${why}`);
    return unknownKeyError({ key, searched: [...searched, ...skipped], caseMatches: [...caseMatches], examples: this.exampleKeys() });
  }
}

function lineageRow(keyed: KeyedStage, row: number): LineageRow {
  const out: LineageRow = { values: rowValues(keyed.table, row) };
  const time = keyed.time?.type === 'time' ? keyed.time.values[row] : NaN;
  if (!Number.isNaN(time)) out.time = time;
  const file = keyed.fileOf(row);
  if (file !== undefined) out.file = file;
  return out;
}
