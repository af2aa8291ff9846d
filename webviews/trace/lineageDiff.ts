import type { LineageStage, LineageValue } from '../../core/protocol';

export type CellMark = 'changed' | 'nulled' | 'added' | 'same';

/** One column of a stage's row with how it differs from the nearest upstream stage. */
export interface LineageCellView {
  column: string;
  value: string;
  mark: CellMark;
  /** The upstream value, for changed and nulled cells. */
  was?: string;
}

/** The cells of a stage's first row, marked from its diff (pure, for tests and the view). */
export function lineageCells(stage: LineageStage): LineageCellView[] {
  const row = stage.rows[0];
  if (!row) return [];
  const changed = new Map(stage.diff?.changed.map((c) => [c.column, c.from]) ?? []);
  const nulled = new Map(stage.diff?.nulled.map((c) => [c.column, c.value]) ?? []);
  const added = new Set(stage.diff?.added.map((c) => c.column) ?? []);
  return Object.entries(row.values).map(([column, value]) => {
    if (changed.has(column)) return { column, value: showValue(value), mark: 'changed', was: showValue(changed.get(column) ?? null) };
    if (nulled.has(column)) return { column, value: showValue(value), mark: 'nulled', was: showValue(nulled.get(column) ?? null) };
    return { column, value: showValue(value), mark: added.has(column) ? 'added' : 'same' };
  });
}

export function showValue(value: LineageValue): string {
  return value === null ? 'null' : typeof value === 'string' ? value : String(value);
}

/** "dropped", "2 rows", … : the stage's status in a few words. */
export function statusText(stage: LineageStage): string {
  switch (stage.status) {
    case 'present':
      return 'present';
    case 'duplicated':
      return `${stage.rows.length} rows (diff on the first)`;
    case 'dropped':
      return 'DROPPED here';
    case 'absent':
      return 'not in this stage';
    case 'no-key':
      return 'no key column: not searchable';
  }
}
