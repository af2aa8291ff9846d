// Shared with webviews/report, so no Node imports here.
/** id of the `<script type="application/json">` that carries the report's result. */
export const RESULT_SCRIPT_ID = 'sightline-result';
