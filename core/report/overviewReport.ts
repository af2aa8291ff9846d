import { formatCount, formatPercent, formatSpan } from '../charts';
import type { OverviewResult, TraceResult, WhatIfResult } from '../protocol';
import { diagnosticsTable } from './diagnosticsTable';
import type { ReportDocument, ReportSection } from './document';
import { pipelineTable } from './pipelineTable';
import { detectionSections } from './detectionSections';
import { diagnosisSections } from './diagnosisSections';
import { reactionSections, whatIfAttachment } from './reactionSections';

/** The report for `sightline overview`: the pipeline at a glance; with a trace of its alerts, the diagnosis too; with what-ifs, the reaction. */
export function overviewReport(result: OverviewResult, options: { generatedAt?: number; trace?: TraceResult; whatifs?: readonly WhatIfResult[] } = {}): ReportDocument {
  const sections: ReportSection[] = [
    {
      id: 'pipeline',
      title: 'Pipeline',
      intro: 'Each stage as read from its log files, in pipeline order.',
      body: pipelineTable(result.inspect),
    },
    {
      id: 'volume',
      title: 'Volume per stage over time',
      intro: `Rows per ${result.bucket} and stage. A stage that drops below the one before it is losing records.`,
      chart: 'overview.volume',
      emptyChart: 'No stage has a time column, so volume cannot be split over time.',
    },
    {
      id: 'null-rates',
      title: 'Null rates by stage and column',
      intro: 'Share of missing values per column and stage; hover a cell for the exact rate.',
      chart: 'overview.nullRates',
      emptyChart: 'No columns to summarize.',
    },
    {
      id: 'labels',
      title: 'Label coverage and lag',
      intro: `Share of predictions with a label per ${result.bucket} (left axis) and the median label lag (right axis). Recent buckets are low while labels are still arriving.`,
      chart: 'overview.labelCoverage',
      emptyChart: 'No label column is configured, so coverage and lag are unknown.',
    },
    ...(result.monitor ? detectionSections(result.monitor) : []),
    ...(options.trace ? diagnosisSections(options.trace) : []),
    ...reactionSections(options.whatifs ?? []),
  ];
  const diagnostics = result.inspect.diagnostics;
  if (diagnostics.length) {
    sections.push({
      id: 'diagnostics',
      title: 'Diagnostics',
      intro: 'Problems found while loading the logs. Rows that could not be read were skipped and are not in the figures above.',
      body: diagnosticsTable(diagnostics),
    });
  }
  const attachments = Object.fromEntries((options.whatifs ?? []).map((w, i) => [whatIfAttachment(i), w]));
  return { title: `${result.pipeline} — pipeline overview`, result, sections, facts: facts(result), generatedAt: options.generatedAt, ...(options.whatifs?.length ? { attachments } : {}) };
}

function facts(result: OverviewResult): string[] {
  const stages = result.inspect.stages;
  const rows = stages.reduce((sum, s) => sum + s.rows, 0);
  const out = [`${formatCount(stages.length)} ${stages.length === 1 ? 'stage' : 'stages'}`, `${formatCount(rows)} rows`];
  const spans = stages.flatMap((s) => (s.timeSpan ? [s.timeSpan] : []));
  if (spans.length) {
    out.push(formatSpan({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) }));
  }
  const labeled = stages.find((s) => s.labels)?.labels;
  if (labeled) out.push(`${formatPercent(labeled.coverage)} labeled`);
  const problems = result.inspect.diagnostics.filter((d) => d.severity !== 'info').length;
  if (problems) out.push(`${formatCount(problems)} ${problems === 1 ? 'diagnostic' : 'diagnostics'}`);
  return out;
}
