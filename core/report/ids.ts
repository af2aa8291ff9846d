// Shared with webviews/report, so no Node imports here.
/** id of the `<script type="application/json">` that carries the report's result. */
export const RESULT_SCRIPT_ID = 'sightline-result';

/** id of the script carrying the attachment `name` (see ReportDocument.attachments). */
export function attachmentScriptId(name: string): string {
  return `${RESULT_SCRIPT_ID}-${name}`;
}
