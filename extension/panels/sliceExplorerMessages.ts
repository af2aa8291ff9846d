import type { SliceRef } from '../../core/protocol/sliceExplorer';

/** The slice an "Open in notebook" message names, checked: webview content renders log data. */
export function openInNotebookRef(value: unknown): SliceRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.type !== 'openInNotebook' || (m.list !== 'top' && m.list !== 'small') || !Number.isInteger(m.index) || (m.index as number) < 0) return undefined;
  return { list: m.list, index: m.index as number };
}
