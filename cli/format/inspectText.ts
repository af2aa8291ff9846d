import type { ColumnSummary, Diagnostic, InspectResult, StageSummary } from '../../core/protocol';
import { formatBytes, formatCount, formatDuration, formatPercent, formatSpan } from '../../core/charts/format';
import { textTable } from './table';
import { displayPath } from './displayPath';

/** The inspect result for a person reading a terminal. */
export function inspectText(result: InspectResult, cwd = process.cwd()): string {
  const out: string[] = [];
  const totalRows = result.stages.reduce((n, s) => n + s.rows, 0);
  out.push(`Pipeline ${result.pipeline}: ${result.stages.length} stage${result.stages.length === 1 ? '' : 's'}, ${formatCount(totalRows)} rows`);
  out.push(`  from ${displayPath(result.source, cwd)}${result.engine && result.engine !== 'arquero' ? `, computed by ${result.engine}` : ''}`);
  if (result.inferred) out.push('', 'Guessed (no sightline.json):', ...result.guesses.map((g) => `  - ${g}`));
  for (const stage of result.stages) out.push('', ...stageText(stage, cwd));
  if (result.diagnostics.length) out.push('', ...diagnosticsText(result.diagnostics, cwd));
  return out.join('\n');
}

function stageText(stage: StageSummary, cwd: string): string[] {
  const bytes = stage.files.reduce((n, f) => n + f.bytes, 0);
  const skipped = stage.files.reduce((n, f) => n + f.skippedRows, 0);
  const formats = [...new Set(stage.files.map((f) => f.format))].join('+');
  const lines = [
    `Stage ${stage.name}`,
    `  files   ${stage.files.length} ${formats} (${formatBytes(bytes)})${stage.files.length === 1 ? `: ${displayPath(stage.files[0].path, cwd)}` : ''}`,
    `  rows    ${formatCount(stage.rows)}${skipped ? ` (${formatCount(skipped)} skipped as unreadable)` : ''}`,
  ];
  if (stage.timeSpan) lines.push(`  time    ${formatSpan(stage.timeSpan)} (${stage.timeColumn})`);
  if (stage.keyColumn) lines.push(`  key     ${stage.keyColumn}`);
  if (stage.labels) {
    const lag = stage.labels.lagMs;
    lines.push(
      `  labels  ${formatPercent(stage.labels.coverage)} of ${formatCount(stage.labels.total)} predictions labeled, from ${stage.labels.source}` +
        (lag ? `; lag median ${formatDuration(lag.p50)}, p90 ${formatDuration(lag.p90)}, max ${formatDuration(lag.max)}` : ''),
    );
  }
  const table = textTable(
    ['column', 'type', 'role', 'nulls', 'distinct / range'],
    stage.columns.map((c) => [c.name, c.type, c.role ?? '', formatPercent(c.nullRate), rangeText(c)]),
    [false, false, false, true, false],
  );
  lines.push('', ...table.split('\n').map((l) => `  ${l}`));
  return lines;
}

function rangeText(column: ColumnSummary): string {
  if (column.type === 'category') return column.distinct === undefined ? '' : `${formatCount(column.distinct)} values`;
  if (column.min === undefined || column.max === undefined) return '';
  if (column.type === 'time') return formatSpan({ start: column.min, end: column.max });
  if (column.type === 'boolean') return '';
  return `${compact(column.min)} … ${compact(column.max)}`;
}

function compact(n: number): string {
  return Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(2) : String(Math.round(n * 1000) / 1000);
}

export function diagnosticsText(diagnostics: Diagnostic[], cwd: string): string[] {
  return [
    `Notes while reading (${diagnostics.length}):`,
    ...diagnostics.map((d) => {
      const where = d.file ? `${displayPath(d.file, cwd)}${d.line ? `:${d.line}` : ''}: ` : '';
      return `  ${d.severity}: ${where}${d.message}${d.hint ? `\n    → ${d.hint}` : ''}`;
    }),
  ];
}

/** One line per stage: the short form the demo prints. */
export function inspectSummaryText(result: InspectResult): string {
  const rows = result.stages.map((stage) => {
    const worst = stage.columns.reduce<ColumnSummary | undefined>((a, c) => (!a || c.nullRate > a.nullRate ? c : a), undefined);
    const labels = stage.labels
      ? `${formatPercent(stage.labels.coverage)}${stage.labels.lagMs ? `, lag p50 ${formatDuration(stage.labels.lagMs.p50)}` : ''}`
      : '';
    return [
      stage.name,
      formatCount(stage.rows),
      `${stage.files.length} ${[...new Set(stage.files.map((f) => f.format))].join('+')}`,
      stage.timeSpan ? formatSpan(stage.timeSpan) : '',
      worst && worst.nullRate > 0 ? `${formatPercent(worst.nullRate)} (${worst.name})` : '0%',
      labels,
    ];
  });
  return textTable(['stage', 'rows', 'files', 'time span', 'most nulls', 'labels'], rows, [false, true, false, false, false, false]);
}
