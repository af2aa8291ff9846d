import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { DriftSource, InspectResult, StageSummary, TimeSpan } from '../../core/protocol';
import { runWithProgress } from '../analysis/runWithProgress';
import type { Services } from '../services';
import type { DriftRequest } from './dashboardState';
import { driftRangeChoices, manifestReferenceOf, parseRange, type RangeChoice } from './driftRanges';
import { overviewTarget } from './overviewTarget';

const LOG_FILTERS = { 'Log files': ['csv', 'tsv', 'jsonl', 'ndjson', 'json', 'parquet', 'arrow', 'feather', 'ipc'] };
type Role = 'reference' | 'current';

/**
 * "Detect Drift": the reference and the current data, each a log file or a pipeline stage cut
 * to a time range, picked step by step; every shared column is compared.
 */
export async function pickDriftRequest(services: Services): Promise<DriftRequest | undefined> {
  const reference = await pickSource(services, 'reference');
  if (!reference) return undefined;
  const current = await pickSource(services, 'current', reference);
  if (!current) return undefined;
  return { kind: 'drift', reference, current };
}

async function pickSource(services: Services, role: Role, other?: DriftSource): Promise<DriftSource | undefined> {
  type KindItem = vscode.QuickPickItem & { from: 'stage' | 'file' | 'same' };
  const items: KindItem[] = [];
  if (other && 'stage' in other) items.push({ label: `$(layers) ${other.stage}, another time range`, description: 'the same stage as the reference', from: 'same' });
  items.push(
    { label: '$(layers) A pipeline stage…', description: 'a stage of a sightline.json, cut to a time range', from: 'stage' },
    { label: '$(file) A log file…', description: 'CSV, JSON lines, Parquet or Arrow', from: 'file' },
  );
  const picked = await vscode.window.showQuickPick(items, { title: `Detect Drift: the ${role} data`, placeHolder: role === 'reference' ? 'Compare against what?' : 'Compare what with the reference?' });
  if (!picked) return undefined;
  if (picked.from === 'file') return pickFile(role);
  if (picked.from === 'same' && other && 'stage' in other) return pickStageRange(services, other.target, role, other.stage);
  const target = await overviewTarget(undefined);
  return target ? pickStageRange(services, target, role) : undefined;
}

async function pickFile(role: Role): Promise<DriftSource | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: `Use as ${role}`, title: `Detect Drift: the ${role} log file`, filters: LOG_FILTERS });
  return picked?.[0] ? { file: picked[0].fsPath } : undefined;
}

async function pickStageRange(services: Services, target: string, role: Role, stageName?: string): Promise<DriftSource | undefined> {
  const response = await runWithProgress(services.analysis, { kind: 'inspect', target }, 'Sightline: reading the pipeline');
  if (response?.kind !== 'result' || response.result.kind !== 'inspect') return undefined;
  const inspect = response.result;
  const stage = stageName ? inspect.stages.find((s) => s.name === stageName) : await pickStage(inspect, role);
  if (!stage) return undefined;
  if (!stage.timeSpan) return { target, stage: stage.name };
  const range = await pickRange(stage, stage.timeSpan, pipelineSpan(inspect), manifestReference(target), role);
  return range && { target, stage: stage.name, ...range };
}

async function pickStage(inspect: InspectResult, role: Role): Promise<StageSummary | undefined> {
  if (inspect.stages.length === 1) return inspect.stages[0];
  const items = inspect.stages.map((stage) => ({
    label: stage.name,
    description: `${stage.rows.toLocaleString('en-US')} rows · ${stage.columns.length} columns${stage.timeSpan ? '' : ' · no time column'}`,
    stage,
  }));
  return (await vscode.window.showQuickPick(items, { title: `Detect Drift: the ${role} stage of ${inspect.pipeline}`, placeHolder: 'Which stage?' }))?.stage;
}

async function pickRange(stage: StageSummary, stageSpan: TimeSpan, span: TimeSpan, reference: TimeSpan | undefined, role: Role): Promise<{ start?: number; end?: number } | undefined> {
  const items = driftRangeChoices(stageSpan, span, reference, role).map((choice) => ({ label: choice.label, description: choice.description, choice }));
  const picked = await vscode.window.showQuickPick(items, { title: `Detect Drift: the ${role} rows of ${stage.name}`, placeHolder: 'Which time range (UTC)?' });
  if (!picked) return undefined;
  return picked.choice.custom ? customRange(role) : bounds(picked.choice);
}

async function customRange(role: Role): Promise<{ start: number; end: number } | undefined> {
  const text = await vscode.window.showInputBox({
    title: `Detect Drift: the ${role} time range`,
    prompt: 'Start..end in UTC, ISO dates or times; the end is exclusive',
    placeHolder: '2001-04-01..2001-05-01',
    validateInput: (value) => {
      const parsed = parseRange(value);
      return typeof parsed === 'string' ? parsed : undefined;
    },
  });
  const parsed = text === undefined ? undefined : parseRange(text);
  return typeof parsed === 'object' ? parsed : undefined;
}

function bounds(choice: RangeChoice): { start?: number; end?: number } {
  return { ...(choice.start !== undefined ? { start: choice.start } : {}), ...(choice.end !== undefined ? { end: choice.end } : {}) };
}

function pipelineSpan(inspect: InspectResult): TimeSpan {
  const spans = inspect.stages.flatMap((s) => (s.timeSpan ? [s.timeSpan] : []));
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function manifestReference(target: string): TimeSpan | undefined {
  if (!/[\\/]sightline\.json$/.test(target)) return undefined;
  try {
    return manifestReferenceOf(readFileSync(target, 'utf8'));
  } catch {
    return undefined;
  }
}
