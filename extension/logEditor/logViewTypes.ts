/** The custom editors package.json declares: columnar files open in the viewer by default. */
export const LOG_EDITOR_VIEW_TYPE = 'sightline.logEditor';
/** Text logs keep the text editor as default; the viewer is offered with "Open With". */
export const LOG_EDITOR_TEXT_VIEW_TYPE = 'sightline.logEditorText';

export const COLUMNAR_LOG_EXTENSIONS = ['parquet', 'arrow', 'feather'] as const;
export const TEXT_LOG_EXTENSIONS = ['csv', 'tsv', 'jsonl', 'ndjson'] as const;
export const LOG_FILE_EXTENSIONS: readonly string[] = [...COLUMNAR_LOG_EXTENSIONS, ...TEXT_LOG_EXTENSIONS];

/** The log editor view type for a file path, or undefined when the viewer does not open it. */
export function viewTypeFor(path: string): string | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if ((COLUMNAR_LOG_EXTENSIONS as readonly string[]).includes(extension)) return LOG_EDITOR_VIEW_TYPE;
  if ((TEXT_LOG_EXTENSIONS as readonly string[]).includes(extension)) return LOG_EDITOR_TEXT_VIEW_TYPE;
  return undefined;
}
