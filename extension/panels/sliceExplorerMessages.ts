import type { SliceRef } from '../../core/protocol/sliceExplorer';

/** The slice an "Open in notebook" message names, checked: webview content renders log data. */
export function openInNotebookRef(value: unknown): SliceRef | undefined {
  return sliceRefOf(value, 'openInNotebook');
}

/** The slice a "requestProfile" message names, checked the same way. */
export function requestProfileRef(value: unknown): SliceRef | undefined {
  return sliceRefOf(value, 'requestProfile');
}

/** A `SliceRef` given as `{ list, index }` (a message, or a test's command argument). */
export function parseSliceRef(value: unknown): SliceRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if ((m.list !== 'top' && m.list !== 'small') || !Number.isInteger(m.index) || (m.index as number) < 0) return undefined;
  return { list: m.list, index: m.index as number };
}

/** The slice a "What if…" message names. */
export function whatIfRef(value: unknown): SliceRef | undefined {
  return sliceRefOf(value, 'whatIf');
}

function sliceRefOf(value: unknown, type: 'openInNotebook' | 'requestProfile' | 'whatIf'): SliceRef | undefined {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== type) return undefined;
  return parseSliceRef(value);
}
