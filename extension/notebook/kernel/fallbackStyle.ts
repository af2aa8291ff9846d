import { SafeHtml } from '../../../core/report/html';

/** Inline cell styles: viewers that drop <style> (GitHub) still keep the table readable. */
export const CELL = raw('style="text-align:left;padding:3px 10px;border-bottom:1px solid rgba(128,128,128,0.35);vertical-align:top"');
export const NUM = raw('style="text-align:right;padding:3px 10px;border-bottom:1px solid rgba(128,128,128,0.35);font-variant-numeric:tabular-nums;vertical-align:top"');
export const BOX = raw('style="font-family:system-ui,sans-serif;font-size:13px"');
export const LINE = raw('style="margin:0 0 6px"');
export const NOTE = raw('style="margin:6px 0 0;opacity:0.7"');
export const TABLE = raw('style="border-collapse:collapse;margin:4px 0 8px"');

/** Our own constant attributes, never data. */
function raw(attributes: string): SafeHtml {
  return new SafeHtml(attributes);
}
