/** Logical column types, shared by every surface. */
export type ColumnType = 'number' | 'boolean' | 'time' | 'category';

/** What a column means to the pipeline (from the manifest, or guessed). */
export type ColumnRole =
  | 'key'
  | 'time'
  | 'score'
  | 'class'
  | 'label'
  | 'labelTime'
  | 'modelVersion'
  | 'feature';
