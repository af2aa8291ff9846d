import type { TimeBucketName } from '../../protocol/messages';
import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { FittedRemediation, WhatIfAsk, WhatIfCore, WhatIfResult } from '../../protocol/whatif';
import type { ComparedRecords } from '../backtest/compared';
import type { PipelineWhatIfOptions } from './whatIfRequest';
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
import { withBreakdowns } from './breakdowns';
import { scheduleOnRecords } from '../schedule';

type Common = { bucket: TimeBucketName; level?: number; replicates?: number; seed?: number };

/** A simulation's own result and the records its compared rows point into. */
interface Simulated {
  core: WhatIfCore;
  records: WhatIfRecords;
}

/** Simulate a remediation on an opened pipeline's logs, broken down over time and by slice. */
export async function pipelineWhatIf(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, ask: WhatIfAsk, options: PipelineWhatIfOptions = {}): Promise<WhatIfResult> {
  let compared: ComparedRecords | undefined;
  const onCompared = (c: ComparedRecords) => {
    compared = c;
  };
  const { core, records } = await simulate(pipeline, tables, ask, options, onCompared);
  options.onProgress?.('breaking the result down over time and by slice', 0, 0);
  return withBreakdowns({ pipeline, core: withDisagreement(core), records, compared, ask, scope: options });
}

async function simulate(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, ask: WhatIfAsk, options: PipelineWhatIfOptions, onCompared: (c: ComparedRecords) => void): Promise<Simulated> {
  const common: Common = { bucket: options.bucket ?? 'day', ...bootstrapSettings(options) };
  const range = { start: options.start, end: options.end };
  if (ask.kind === 'repair') {
    const core = await repairWhatIf(pipeline, tables, { ...ask, where: options.where, ...range }, { ...common, signal: options.signal, onProgress: options.onProgress, onCompared });
    return { core, records: whatIfRecords(pipeline, tables, range) };
  }
  options.onProgress?.('joining predictions, labels and upstream columns', 0, 2);
  const all = whatIfRecords(pipeline, tables, range);
  const where = options.where ?? [];
  if (ask.kind === 'fallback') {
    if (!where.length) throw new SightlineInputError('whatif.no-slice', 'a fallback needs the slice to route', { hint: 'Name it with --where "column=value", e.g. --where "origin_state=TX".' });
    options.onProgress?.('comparing', 1, 2);
    const current = currentRule(pipeline, all);
    const routed = matchPredicates(all.slices, where);
    const core = fallbackWhatIf({ ...all, decisions: liveDecisions(all.scores, all.decisions, current.threshold), routed }, { ...common, where, action: ask.action, onCompared });
    return { core: withNotes(core, all, current.note), records: all };
  }
  const records = where.length ? subsetRecords(all, matchPredicates(all.slices, where)) : all;
  const scope = where.length ? [`only the ${records.times.length} records matching ${where.map((p) => `${p.feature} = ${p.value}`).join(' and ')}`] : [];
  options.onProgress?.('simulating', 1, 2);
  if (ask.kind === 'rollback') return { core: withNotes(rollback(pipeline, records, ask, { ...common, onCompared }), records, ...scope), records };
  if (ask.kind === 'schedule') return { core: await scheduleOnRecords(pipeline, tables, records, ask, options), records };
  const current = currentRule(pipeline, records);
  const remediation: FittedRemediation = ask.kind === 'threshold'
    ? { kind: 'threshold', objective: ask.objective, ...(ask.perSlice ? { perSlice: { minLabeled: ask.perSlice.minLabeled } } : {}) }
    : { kind: 'recalibrate', method: ask.method };
  const slices = ask.kind === 'threshold' && ask.perSlice ? sliceIds(records, ask.perSlice.column) : undefined;
  const core = runWhatIf({ times: records.times, scores: records.scores, labels: records.labels, slices }, remediation, {
    ...common, fitWindows: options.fitWindows ?? WHATIF_DEFAULTS.fitWindows, decisionThreshold: current.threshold, onCompared,
  });
  const perSliceNote = ask.kind === 'threshold' && ask.perSlice ? [`slices for per-slice thresholds: the values of ${ask.perSlice.column}`] : [];
  return { core: withNotes(core, records, current.note, ...scope, ...perSliceNote), records };
}

function rollback(pipeline: Pipeline, records: WhatIfRecords, request: Extract<WhatIfAsk, { kind: 'rollback' }>, common: Common & { onCompared: (c: ComparedRecords) => void }): WhatIfCore {
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

function withNotes(result: WhatIfCore, records: WhatIfRecords, ...notes: string[]): WhatIfCore {
  const source = `records: the predictions of ${records.source} with their earliest label per record key (${records.labels.length} records)`;
  return { ...result, assumptions: [...result.assumptions, source, ...notes] };
}

/** Says so when the metrics point different ways, whatever the remediation (the verdict reads one metric). */
function withDisagreement(result: WhatIfCore): WhatIfCore {
  return { ...result, assumptions: [...result.assumptions, ...disagreement(result.primary, result.difference)] };
}
