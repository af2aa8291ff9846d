import type { LineageRow, LineageStage } from '../../protocol';
import { diffRows } from './diffRows';

/** One stage as looked up: its rows for the key, or why it could not be searched. */
export interface StageLookup {
  stage: string;
  keyColumn?: string;
  timeColumn?: string;
  role?: LineageStage['role'];
  /** Undefined when the stage has no usable key column. */
  rows?: LineageRow[];
}

/**
 * Statuses and diffs along the pipeline. A labels stage of its own is joined by key rather than
 * fed by the stage before it, so it gets neither a diff nor a "dropped" status.
 */
export function traceStages(lookups: StageLookup[]): { stages: LineageStage[]; notes: string[] } {
  const notes: string[] = [];
  const stages: LineageStage[] = [];
  let upstream: LineageStage | undefined;
  let droppedAt: Drop | undefined;
  for (const lookup of lookups) {
    const stage = stageOf(lookup, upstream);
    stages.push(stage);
    if (lookup.role === 'labels') continue;
    if (stage.status === 'dropped') {
      if (droppedAt) droppedAt.missing.push(stage.stage);
      else droppedAt = { stage: stage.stage, after: upstream!.stage, missing: [], nulls: nullColumns(upstream!) };
    }
    if (stage.present) {
      if (droppedAt) notes.push(dropNote(droppedAt, stage.stage));
      droppedAt = undefined;
      upstream = stage;
    }
    if (stage.status === 'duplicated') notes.push(`stage "${stage.stage}" has ${stage.rows.length} rows for this key; diffs and figures use the first`);
    if (stage.status === 'no-key') notes.push(`stage "${stage.stage}" has no key column, so it was not searched`);
  }
  if (droppedAt) notes.push(dropNote(droppedAt));
  return { stages, notes };
}

function stageOf(lookup: StageLookup, upstream: LineageStage | undefined): LineageStage {
  const rows = lookup.rows ?? [];
  const stage: LineageStage = { stage: lookup.stage, status: 'absent', present: rows.length > 0, rows };
  if (lookup.keyColumn !== undefined) stage.keyColumn = lookup.keyColumn;
  if (lookup.timeColumn !== undefined) stage.timeColumn = lookup.timeColumn;
  if (lookup.role !== undefined) stage.role = lookup.role;
  if (lookup.rows === undefined) stage.status = 'no-key';
  else if (rows.length > 1) stage.status = 'duplicated';
  else if (rows.length === 1) stage.status = 'present';
  else if (upstream && lookup.role !== 'labels') stage.status = 'dropped';
  if (stage.present && upstream && lookup.role !== 'labels') stage.diff = diffRows(upstream.stage, upstream.rows[0].values, rows[0].values);
  return stage;
}

interface Drop {
  stage: string;
  after: string;
  missing: string[];
  /** Empty columns of the last row before the drop: the usual reason a join or filter lets a record go. */
  nulls: string[];
}

function nullColumns(stage: LineageStage): string[] {
  return Object.entries(stage.rows[0].values).filter(([, value]) => value === null).map(([column]) => column);
}

function dropNote(drop: Drop, reappears?: string): string {
  const nulls = drop.nulls.length ? ` ("${drop.after}" had no value in ${drop.nulls.join(', ')})` : '';
  const later = drop.missing.length ? `; also missing from ${drop.missing.join(', ')}` : '';
  const back = reappears ? `; it appears again in "${reappears}"` : '';
  return `dropped at stage "${drop.stage}": "${drop.after}" had the record and "${drop.stage}" does not${nulls}${later}${back}`;
}
