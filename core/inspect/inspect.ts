import type { ColumnRole, ColumnSummary, Diagnostic, InspectResult, LabelSummary, StageSummary } from '../protocol';
import { RESULT_VERSION } from '../protocol';
import type { Engine, ColumnProfile } from '../engine/engine';
import type { Pipeline, PipelineStage } from '../io/pipeline';
import { statSync } from 'node:fs';
import { detectFormat } from '../io/detectFormat';

/** What each stage holds: files, rows, columns with types and null rates, time span, labels. */
export async function inspectPipeline(pipeline: Pipeline, engine: Engine): Promise<InspectResult> {
  const diagnostics: Diagnostic[] = [];
  const stages: StageSummary[] = [];
  for (const stage of pipeline.stages) {
    stages.push(await summarizeStage(pipeline, stage, engine, diagnostics));
  }
  return {
    kind: 'inspect',
    version: RESULT_VERSION,
    pipeline: pipeline.name,
    source: pipeline.source,
    inferred: pipeline.inferred,
    guesses: pipeline.guesses,
    stages,
    diagnostics,
    engine: pipeline.engine,
  };
}

async function summarizeStage(pipeline: Pipeline, stage: PipelineStage, engine: Engine, diagnostics: Diagnostic[]): Promise<StageSummary> {
  const reports = engine.loadReports(stage.name);
  for (const report of reports) diagnostics.push(...report.diagnostics);
  const profiles = await engine.profile(stage.name);
  const rows = await engine.rowCount(stage.name);
  const roles = rolesOf(pipeline, stage);
  const columns = profiles.map((p) => summarizeColumn(p, roles.get(p.name)));
  checkRoleColumns(stage, roles, profiles, diagnostics);
  const time = profiles.find((p) => p.name === stage.time && p.type === 'time');
  return {
    name: stage.name,
    files: reports.map((r) => ({
      path: r.file,
      format: r.format ?? detectFormat(r.file) ?? 'csv',
      rows: r.rows,
      bytes: r.bytes || safeSize(r.file),
      skippedRows: r.skippedRows,
    })),
    rows,
    columns,
    timeColumn: stage.time,
    keyColumn: stage.key,
    timeSpan: time?.min !== undefined && time.max !== undefined ? { start: time.min, end: time.max } : undefined,
    labels: await labelSummary(pipeline, stage, engine, profiles),
  };
}

function summarizeColumn(profile: ColumnProfile, role: ColumnRole | undefined): ColumnSummary {
  return {
    name: profile.name,
    type: profile.type,
    role,
    nullCount: profile.nullCount,
    nullRate: profile.count ? profile.nullCount / profile.count : 0,
    distinct: profile.distinct,
    min: profile.min,
    max: profile.max,
  };
}

function rolesOf(pipeline: Pipeline, stage: PipelineStage): Map<string, ColumnRole> {
  const roles = new Map<string, ColumnRole>();
  const set = (column: string | undefined, role: ColumnRole) => column && !roles.has(column) && roles.set(column, role);
  set(stage.key, 'key');
  set(stage.time, 'time');
  if (pipeline.predictions?.stage === stage.name) {
    set(pipeline.predictions.score, 'score');
    set(pipeline.predictions.class, 'class');
    set(pipeline.predictions.modelVersion, 'modelVersion');
  }
  if (pipeline.labels?.stage === stage.name) {
    set(pipeline.labels.column, 'label');
    set(pipeline.labels.time, 'labelTime');
    set(pipeline.labels.key, 'key');
  }
  return roles;
}

function checkRoleColumns(stage: PipelineStage, roles: Map<string, ColumnRole>, profiles: ColumnProfile[], diagnostics: Diagnostic[]): void {
  const names = new Set(profiles.map((p) => p.name));
  for (const [column, role] of roles) {
    if (!names.has(column)) {
      diagnostics.push({
        severity: 'warning',
        code: 'inspect.missing-column',
        message: `stage "${stage.name}" has no column "${column}" (its ${role} column in sightline.json)`,
        column,
        hint: `The stage's columns are: ${profiles.map((p) => p.name).join(', ')}.`,
      });
    }
  }
  const time = profiles.find((p) => p.name === stage.time);
  if (time && time.type !== 'time') {
    diagnostics.push({
      severity: 'warning',
      code: 'inspect.time-not-time',
      message: `stage "${stage.name}": time column "${stage.time}" was read as ${time.type}, not as time`,
      column: stage.time,
      hint: 'Log ISO-8601 timestamps or epoch seconds/milliseconds, or set its type to "time" under stages[].columns.',
    });
  }
}

async function labelSummary(pipeline: Pipeline, stage: PipelineStage, engine: Engine, profiles: ColumnProfile[]): Promise<LabelSummary | undefined> {
  const { predictions, labels } = pipeline;
  if (!predictions || !labels || predictions.stage !== stage.name) return undefined;
  const labelStage = pipeline.stages.find((s) => s.name === labels.stage);
  const key = stage.key;
  const labelKey = labels.key ?? labelStage?.key;
  const time = profiles.find((p) => p.name === stage.time && p.type === 'time');
  if (!labelStage || !time || (labels.stage !== stage.name && (!key || !labelKey))) return undefined;
  const stats = await engine.labelJoin({
    predictions: { stage: stage.name, key: key ?? '', time: time.name },
    labels: { stage: labels.stage, key: labelKey ?? '', column: labels.column, time: labels.time },
    bucket: 'day',
  });
  return {
    coverage: stats.total ? stats.labeled / stats.total : 0,
    labeled: stats.labeled,
    total: stats.total,
    lagMs: stats.lag,
    source: labels.stage === stage.name ? `column "${labels.column}"` : `stage "${labels.stage}" joined by "${labelKey}"`,
  };
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
