export type { ReportDocument, ReportSection } from './document';
export type { ReportAssets, AssetSearch } from './assets';
export { renderReport } from './renderReport';
export { RESULT_SCRIPT_ID } from './ids';
export { overviewReport } from './overviewReport';
export { loadReportAssets, findReportAssets } from './assets';
export { html, escapeHtml, SafeHtml } from './html';
export { jsonForScript, javascriptForScript } from './embed';
