import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { WhatIfAsk, WhatIfCore } from '../../protocol/whatif';
import type { PipelineWhatIfOptions } from '../pipeline/whatIfRequest';
import type { WhatIfRecords } from '../pipeline/whatIfRecords';
import { whatIfRecords } from '../pipeline/whatIfRecords';
import { subsetRecords } from '../pipeline/subsetRecords';
import { versionsInOrder } from '../pipeline/modelVersions';
import { versionThreshold } from '../pipeline/liveThreshold';
import { liveDecisions } from '../pipeline/liveDecisions';
import { matchPredicates } from '../repair/matchPredicates';
import { pipelineDriftFlags } from './driftFlags';
import { scheduleWhatIf } from './scheduleWhatIf';

export type ScheduleAsk = Extract<WhatIfAsk, { kind: 'schedule' }>;

// No onCompared: the replay moves each day's metric, not single records, so there are no per-record after values.
export type PipelineScheduleOptions = PipelineWhatIfOptions & {
  /** Drift times (epoch ms) to use instead of monitoring the prediction stage for them. */
  driftFlags?: number[];
};

/** Replay retraining schedules on an opened pipeline's logs; each version decided at its own rule. */
export async function pipelineScheduleWhatIf(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, ask: ScheduleAsk, options: PipelineScheduleOptions = {}): Promise<WhatIfCore> {
  options.onProgress?.('joining predictions and labels', 0, 3);
  const all = whatIfRecords(pipeline, tables, { start: options.start, end: options.end });
  const where = options.where ?? [];
  return scheduleOnRecords(pipeline, tables, where.length ? subsetRecords(all, matchPredicates(all.slices, where)) : all, ask, options);
}

/** The replay on records already joined and cut to `options.where` (the pipeline what-if has them). */
export async function scheduleOnRecords(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, records: WhatIfRecords, ask: ScheduleAsk, options: PipelineScheduleOptions = {}): Promise<WhatIfCore> {
  const where = options.where ?? [];
  const rules = versionRules(pipeline, records);
  options.onProgress?.('monitoring the prediction stage for drift', 1, 3);
  const drift = options.driftFlags ? { times: options.driftFlags, source: 'given' } : await pipelineDriftFlags(pipeline, tables);
  options.signal?.throwIfAborted();
  options.onProgress?.('replaying retraining schedules', 2, 3);
  const decisions = liveDecisions(records.scores, records.decisions, (i) => rules.get(records.versions[i] ?? '')?.threshold ?? 0.5);
  const result = scheduleWhatIf({ times: records.times, decisions, labels: records.labels, versions: records.versions }, {
    policy: ask.policy, retrainCost: ask.retrainCost, labelLagDays: ask.labelLagDays, costs: ask.costs, ageUnitDays: ask.ageUnitDays,
    driftFlags: drift.times, driftSource: drift.source, level: options.level, replicates: options.replicates, seed: options.seed,
  });
  const notes = [
    `records: the predictions of ${records.source} with their earliest label per record key (${records.labels.length} records)`,
    ...[...rules].map(([v, r]) => `${v} is decided at its own rule where no decision was logged: score >= ${r.threshold}, ${r.source}`),
    ...(where.length ? [`only the ${records.times.length} records matching ${where.map((p) => `${p.feature} = ${p.value}`).join(' and ')}`] : []),
    ...(options.bucket && options.bucket !== 'day' ? [`the replay works on days whatever --window says (${options.bucket} asked)`] : []),
  ];
  return { ...result, assumptions: [...result.assumptions, ...notes] };
}

function versionRules(pipeline: Pipeline, records: WhatIfRecords): Map<string, { threshold: number; source: string }> {
  const rules = new Map<string, { threshold: number; source: string }>();
  for (const version of versionsInOrder(records.versions, records.times)) {
    const rows: number[] = [];
    for (let i = 0; i < records.versions.length; i++) if (records.versions[i] === version) rows.push(i);
    rules.set(version, versionThreshold(pipeline, version, records.scores, records.decisions, rows));
  }
  return rules;
}
