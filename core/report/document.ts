import type { ChartKey } from '../charts';
import type { SightlineResult } from '../protocol';
import type { SafeHtml } from './html';

/**
 * One section of a report. Static content is rendered here (and reads without JavaScript);
 * a chart is named by key and built in the browser from the embedded result.
 */
export interface ReportSection {
  /** Anchor id, unique within the report. */
  id: string;
  title: string;
  /** Plain text under the heading: what the section shows and how to read it. */
  intro?: string;
  /** Escaped markup, built with `html`. */
  body?: SafeHtml;
  chart?: ChartKey;
  /** The chart draws from `ReportDocument.attachments[chartResult]` instead of the report's result. */
  chartResult?: string;
  /** Shown instead of the chart when the result has nothing to draw for it. */
  emptyChart?: string;
}

export interface ReportDocument {
  title: string;
  /** The analysis the charts are built from; embedded as JSON in the page. */
  result: SightlineResult;
  sections: ReportSection[];
  /** More results charts draw from (e.g. what-ifs), embedded beside `result` under these ids. */
  attachments?: Record<string, SightlineResult>;
  /** Short key facts shown under the title, e.g. ["3 stages", "1,204,332 rows"]. */
  facts?: string[];
  /** Epoch ms; shown in the header. Omitted for byte-identical output. */
  generatedAt?: number;
}
