import { formatBytes, formatCount, formatDuration, formatPercent, formatSpan } from '../../core/charts';
import type { ColumnSummary, InspectResult, StageSummary, TimeSpan } from '../../core/protocol';
import type { EngineName } from '../../core/io/pipeline';
import type { AlertsState, ExplorerNode, PipelineNode, PipelineState } from './explorerNodes';
import { noAlerts } from './explorerNodes';
import { alertsView, alertView } from './alertItems';

/**
 * How a node shows in the tree, as plain data; the TreeDataProvider turns it into a TreeItem.
 * `contextValue` matches the `viewItem == …` clauses of the menus in package.json.
 */
export interface ItemView {
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  contextValue: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** A codicon id. */
  icon: string;
  /** A file to open on click, with an optional 1-based line. */
  opens?: { path: string; line?: number };
  /** A command to run on click, with its arguments. */
  runs?: { command: string; arguments: unknown[] };
}

export function itemView(node: ExplorerNode, stateOf: (target: string) => PipelineState, alertsOf: (target: string) => AlertsState = noAlerts): ItemView {
  switch (node.kind) {
    case 'pipeline':
      return pipelineView(node, stateOf(node.target));
    case 'stage':
      return {
        label: node.stage.name,
        description: `${formatCount(node.stage.rows)} rows · ${plural(node.stage.files.length, 'file')}`,
        tooltip: stageTooltip(node.stage),
        contextValue: 'stage',
        collapsible: 'collapsed',
        icon: 'layers',
      };
    case 'files':
      return { label: 'Files', description: formatCount(node.stage.files.length), contextValue: 'files', collapsible: 'collapsed', icon: 'files' };
    case 'columns':
      return { label: 'Columns', description: formatCount(node.stage.columns.length), contextValue: 'columns', collapsible: 'collapsed', icon: 'symbol-field' };
    case 'file':
      return {
        label: baseName(node.path),
        description: `${node.file.format} · ${formatCount(node.file.rows)} rows`,
        tooltip: [
          `**${escapeMarkdown(baseName(node.path))}**`,
          escapeMarkdown(node.path),
          `${formatCount(node.file.rows)} rows · ${formatBytes(node.file.bytes)} · ${node.file.format}`,
          ...(node.file.skippedRows ? [`${formatCount(node.file.skippedRows)} rows skipped (unreadable)`] : []),
        ].join('\n\n'),
        contextValue: 'file',
        collapsible: 'none',
        icon: 'file',
        opens: { path: node.path },
      };
    case 'column':
      return {
        label: node.column.name,
        description: columnDescription(node.column),
        tooltip: columnTooltip(node.stageName, node.column),
        contextValue: 'column',
        collapsible: 'none',
        icon: columnIcon(node.column),
      };
    case 'alerts':
      return alertsView(node, alertsOf(node.target));
    case 'alert':
      return alertView(node);
    case 'loading':
      return { label: 'Loading…', description: 'reading the logs', contextValue: 'loading', collapsible: 'none', icon: 'loading~spin' };
    case 'error':
      return {
        label: 'Could not read this pipeline',
        description: node.error.message,
        tooltip: [escapeMarkdown(node.error.message), ...(node.error.hint ? [escapeMarkdown(node.error.hint)] : [])].join('\n\n'),
        contextValue: 'error',
        collapsible: 'none',
        icon: 'error',
        opens: node.error.file ? { path: node.error.file, line: node.error.line } : undefined,
      };
  }
}

/** The pipeline's name once read, else the manifest's folder (or the log file's name). */
export function pipelineLabel(target: string, state: PipelineState): string {
  return resultOf(state)?.pipeline ?? targetLabel(target);
}

/** A short name for a target before its manifest is read: the folder of a sightline.json, or the file. */
export function targetLabel(target: string): string {
  const parts = target.split(/[\\/]/).filter(Boolean);
  const file = parts.at(-1) ?? target;
  return file === 'sightline.json' ? (parts.at(-2) ?? file) : file;
}

/** A one-line state for the tree's description and the status bar. */
export function pipelineStateText(state: PipelineState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'loading':
      return 'loading…';
    case 'ready':
      return readyText(state.result);
    case 'error':
      return 'error';
  }
}

/** The stage count, and the engine unless it is the in-memory default. */
function readyText(result: InspectResult): string {
  const stages = plural(result.stages.length, 'stage');
  const engine = engineOf(result);
  return engine === 'arquero' ? stages : `${stages} · engine: ${engine}`;
}

const ENGINE_DETAILS: Record<EngineName, string> = {
  arquero: 'in memory',
  duckdb: 'embedded DuckDB over the files',
  clickhouse: 'ClickHouse tables',
};

/** The engine that computed a result; results from before engines could be chosen were in memory. */
export function engineOf(result: InspectResult): EngineName {
  return result.engine ?? 'arquero';
}

/** The engine in words, for tooltips: "Engine: duckdb (embedded DuckDB over the files)". */
export function engineText(result: InspectResult): string {
  const engine = engineOf(result);
  return `Engine: ${engine} (${ENGINE_DETAILS[engine]})`;
}

export function resultOf(state: PipelineState): InspectResult | undefined {
  if (state.status === 'ready') return state.result;
  if (state.status === 'loading') return state.previous;
  return undefined;
}

function pipelineView(node: PipelineNode, state: PipelineState): ItemView {
  const result = resultOf(state);
  const lines = [`**${escapeMarkdown(pipelineLabel(node.target, state))}**`, escapeMarkdown(node.target)];
  if (result) lines.push(...pipelineFacts(result));
  if (state.status === 'error') lines.push(`Error: ${escapeMarkdown(state.error.message)}`);
  return {
    label: pipelineLabel(node.target, state),
    description: pipelineStateText(state) || undefined,
    tooltip: lines.join('\n\n'),
    contextValue: 'pipeline',
    collapsible: 'collapsed',
    icon: result?.inferred ? 'file' : 'type-hierarchy-sub',
  };
}

function pipelineFacts(result: InspectResult): string[] {
  const rows = result.stages.reduce((sum, s) => sum + s.rows, 0);
  const facts = [`${plural(result.stages.length, 'stage')} · ${formatCount(rows)} rows`, engineText(result)];
  const span = unionSpan(result.stages);
  if (span) facts.push(`Time span (UTC): ${formatSpan(span)}`);
  const labels = result.stages.find((s) => s.labels)?.labels;
  if (labels) facts.push(`Label coverage: ${formatPercent(labels.coverage)} (${formatCount(labels.labeled)} of ${formatCount(labels.total)})`);
  if (result.inferred) facts.push(...result.guesses.map((g) => `Guessed: ${escapeMarkdown(g)}`));
  const problems = result.diagnostics.filter((d) => d.severity !== 'info').length;
  if (problems) facts.push(`${plural(problems, 'diagnostic')} while reading`);
  return facts;
}

function stageTooltip(stage: StageSummary): string {
  const bytes = stage.files.reduce((sum, f) => sum + f.bytes, 0);
  const skipped = stage.files.reduce((sum, f) => sum + f.skippedRows, 0);
  const lines = [
    `**${escapeMarkdown(stage.name)}**`,
    `${formatCount(stage.rows)} rows · ${plural(stage.files.length, 'file')} (${formatBytes(bytes)}) · ${plural(stage.columns.length, 'column')}`,
  ];
  if (skipped) lines.push(`${formatCount(skipped)} rows skipped (unreadable)`);
  if (stage.timeSpan) lines.push(`Time span (UTC): ${formatSpan(stage.timeSpan)}${stage.timeColumn ? ` (\`${stage.timeColumn}\`)` : ''}`);
  if (stage.keyColumn) lines.push(`Key: \`${stage.keyColumn}\``);
  const labels = stage.labels;
  if (labels) {
    lines.push(`Label coverage: ${formatPercent(labels.coverage)} (${formatCount(labels.labeled)} of ${formatCount(labels.total)}, from ${escapeMarkdown(labels.source)})`);
    if (labels.lagMs) lines.push(`Label lag p50 / p90: ${formatDuration(labels.lagMs.p50)} / ${formatDuration(labels.lagMs.p90)}`);
  }
  return lines.join('\n\n');
}

export function columnDescription(column: ColumnSummary): string {
  const parts = [column.type, `${formatPercent(column.nullRate)} null`];
  if (column.role && column.role !== 'feature') parts.push(column.role);
  return parts.join(' · ');
}

function columnTooltip(stageName: string, column: ColumnSummary): string {
  const lines = [`**${escapeMarkdown(column.name)}** (${escapeMarkdown(stageName)})`, `${column.type}${column.role ? `, role: ${column.role}` : ''}`];
  lines.push(`Nulls: ${formatPercent(column.nullRate)} (${formatCount(column.nullCount)})`);
  if (column.distinct !== undefined) lines.push(`Distinct values: ${formatCount(column.distinct)}`);
  if (column.min !== undefined && column.max !== undefined) lines.push(`Range: ${formatBound(column, column.min)} … ${formatBound(column, column.max)}`);
  return lines.join('\n\n');
}

function formatBound(column: ColumnSummary, value: number): string {
  return column.type === 'time' ? new Date(value).toISOString().replace('.000Z', 'Z') : String(value);
}

function columnIcon(column: ColumnSummary): string {
  switch (column.type) {
    case 'number':
      return 'symbol-number';
    case 'boolean':
      return 'symbol-boolean';
    case 'time':
      return 'calendar';
    case 'category':
      return 'symbol-string';
  }
}

function unionSpan(stages: StageSummary[]): TimeSpan | undefined {
  const spans = stages.flatMap((s) => (s.timeSpan ? [s.timeSpan] : []));
  if (!spans.length) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** Names come from user data: keep markdown characters literal in tooltips. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
