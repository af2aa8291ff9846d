import type { TimeBucketName } from '../../protocol/messages';
import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { FittedRemediation, WhatIfResult } from '../../protocol/whatif';
import type { PipelineWhatIfOptions, PipelineWhatIfRequest } from './whatIfRequest';
import type { WhatIfRecords } from './whatIfRecords';
import { SightlineInputError } from '../../io/errors';
import { runWhatIf, WHATIF_DEFAULTS } from '../backtest/runWhatIf';
import { bootstrapSettings } from '../backtest/directResult';
import { disagreement } from '../backtest/disagreement';
import { rollbackWhatIf } from '../rollback/rollbackWhatIf';
import { fallbackWhatIf } from '../fallback/fallbackWhatIf';
import { repairWhatIf } from '../repair/repairWhatIf';
import { matchPredicates } from '../repair/matchPredicates';
import { whatIfRecords, textValues } from './whatIfRecords';
import { subsetRecords } from './subsetRecords';
import { rollbackVersions, versionsInOrder } from './modelVersions';
import { versionThreshold } from './liveThreshold';
import { liveDecisions } from './liveDecisions';

type Common = { bucket: TimeBucketName; level?: number; replicates?: number; seed?: number };

/** Simulate a remediation on an opened pipeline's logs. */
export async function pipelineWhatIf(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, request: PipelineWhatIfRequest, options: PipelineWhatIfOptions = {}): Promise<WhatIfResult> {
  const common: Common = { bucket: options.bucket ?? 'day', ...bootstrapSettings(options) };
  if (request.kind === 'repair') {
    const { kind, ...rest } = request;
    return withDisagreement(await repairWhatIf(pipeline, tables, { kind, ...rest, where: options.where, start: options.start, end: options.end }, { ...common, signal: options.signal, onProgress: options.onProgress }));
  }
  options.onProgress?.('joining predictions, labels and upstream columns', 0, 2);
  const all = whatIfRecords(pipeline, tables, { start: options.start, end: options.end });
  const where = options.where ?? [];
  if (request.kind === 'fallback') {
    if (!where.length) throw new SightlineInputError('whatif.no-slice', 'a fallback needs the slice to route', { hint: 'Name it with --where "column=value", e.g. --where "origin_state=TX".' });
    options.onProgress?.('comparing', 1, 2);
    const current = currentRule(pipeline, all);
    const routed = matchPredicates(all.slices, where);
    const result = fallbackWhatIf({ ...all, decisions: liveDecisions(all.scores, all.decisions, current.threshold), routed }, { ...common, where, action: request.action });
    return withNotes(result, all, current.note);
  }
  const records = where.length ? subsetRecords(all, matchPredicates(all.slices, where)) : all;
  const scope = where.length ? [`only the ${records.times.length} records matching ${where.map((p) => `${p.feature} = ${p.value}`).join(' and ')}`] : [];
  options.onProgress?.('simulating', 1, 2);
  if (request.kind === 'rollback') return withNotes(rollback(pipeline, records, request, common), records, ...scope);
  const current = currentRule(pipeline, records);
  const remediation: FittedRemediation = request.kind === 'threshold'
    ? { kind: 'threshold', objective: request.objective, ...(request.perSlice ? { perSlice: { minLabeled: request.perSlice.minLabeled } } : {}) }
    : { kind: 'recalibrate', method: request.method };
  const slices = request.kind === 'threshold' && request.perSlice ? sliceIds(records, request.perSlice.column) : undefined;
  const result = runWhatIf({ times: records.times, scores: records.scores, labels: records.labels, slices }, remediation, {
    ...common, fitWindows: options.fitWindows ?? WHATIF_DEFAULTS.fitWindows, decisionThreshold: current.threshold,
  });
  return withNotes(result, records, current.note, ...scope, ...(slices ? [`slices for per-slice thresholds: the values of ${request.kind === 'threshold' ? request.perSlice?.column : ''}`] : []));
}

function rollback(pipeline: Pipeline, records: WhatIfRecords, request: Extract<PipelineWhatIfRequest, { kind: 'rollback' }>, common: Common): WhatIfResult {
  const order = versionsInOrder(records.versions, records.times);
  const { current, previous } = rollbackVersions(order, request);
  const currentThreshold = ruleOf(pipeline, records, current);
  const previousThreshold = ruleOf(pipeline, records, previous);
  const decisions = liveDecisions(records.scores, records.decisions, (i) => (records.versions[i] === previous ? previousThreshold.threshold : currentThreshold.threshold));
  return rollbackWhatIf({ ...records, decisions }, { ...common, current, previous, previousThreshold });
}

/** The latest version's rule, and a note on where it came from. */
function currentRule(pipeline: Pipeline, records: WhatIfRecords): { threshold: number; note: string } {
  const order = versionsInOrder(records.versions, records.times);
  const version = order.length ? order[order.length - 1] : null;
  const rule = ruleOf(pipeline, records, version);
  const others = order.length > 1 ? `; records of ${order.slice(0, -1).join(', ')} are also decided at it for before (their own logged rule may differ)` : '';
  return { threshold: rule.threshold, note: `the rule in place is ${version ?? 'the model'}'s: score >= ${rule.threshold}, ${rule.source}${others}` };
}

function ruleOf(pipeline: Pipeline, records: WhatIfRecords, version: string | null): { threshold: number; source: string } {
  const rows: number[] = [];
  for (let i = 0; i < records.versions.length; i++) if (version === null || records.versions[i] === version) rows.push(i);
  return versionThreshold(pipeline, version, records.scores, records.decisions, rows);
}

function sliceIds(records: WhatIfRecords, column: string): string[] {
  const found = records.slices.columns.find((c) => c.name === column);
  if (!found) {
    throw new SightlineInputError('whatif.unknown-column', `no slice column "${column}" for --per-slice`, {
      column,
      hint: `Slice columns (upstream stages joined by key, and the model version): ${records.slices.columns.map((c) => c.name).join(', ')}.`,
    });
  }
  return textValues(found).map((v) => v ?? '(missing)');
}

function withNotes(result: WhatIfResult, records: WhatIfRecords, ...notes: string[]): WhatIfResult {
  const source = `records: the predictions of ${records.source} with their earliest label per record key (${records.labels.length} records)`;
  return withDisagreement({ ...result, assumptions: [...result.assumptions, source, ...notes] });
}

/** Says so when the metrics point different ways, whatever the remediation (the verdict reads one metric). */
function withDisagreement(result: WhatIfResult): WhatIfResult {
  return { ...result, assumptions: [...result.assumptions, ...disagreement(result.primary, result.difference)] };
}
