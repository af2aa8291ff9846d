import type { Pipeline } from '../../io/pipeline';
import type { CostMatrix, WhatIfAsk, WhatIfCore, WhatIfMetric, WhatIfResult, WhatIfScope } from '../../protocol/whatif';
import type { ComparedRecords } from '../backtest/compared';
import type { SliceGroup } from '../backtest/bySlice';
import type { WhatIfRecords } from './whatIfRecords';
import { SightlineInputError } from '../../io/errors';
import { overTimeOf } from '../backtest/overTime';
import { bySliceOf } from '../backtest/bySlice';
import { textValues } from './whatIfRecords';

export interface BreakdownInput {
  pipeline: Pipeline;
  core: WhatIfCore;
  /** The records `compared.rows` point into. */
  records: WhatIfRecords;
  /** Absent when the simulation compared no records one by one (a rollback across windows). */
  compared: ComparedRecords | undefined;
  ask: WhatIfAsk;
  scope: WhatIfScope;
}

/** Columns a breakdown by slice uses when the surface names none: a slice's column shows at most this many values well. */
const DEFAULT_MAX_VALUES = 12;

/** The what-if with where its records came from, per window and per slice of the compared records. */
export function withBreakdowns(input: BreakdownInput): WhatIfResult {
  const { core, records, compared } = input;
  const metrics = Object.keys(core.before) as WhatIfMetric[];
  const costs = costsOf(input.ask);
  const sliceColumns = records.slices.columns.map((c) => c.name);
  const groups = compared ? sliceGroups(input, sliceColumns) : [];
  const { level, replicates, seed } = core.backtest.bootstrap;
  return {
    ...core,
    pipeline: input.pipeline.name,
    source: input.pipeline.source,
    overTime: compared ? overTimeOf(compared, records.times, core.bucket, metrics, costs) : [],
    bySlice: compared ? bySliceOf(compared, groups, core.primary, { level, replicates, seed, costs }) : [],
    sliceColumns,
  };
}

function costsOf(ask: WhatIfAsk): CostMatrix | undefined {
  return ask.kind === 'threshold' && ask.objective.kind === 'cost' ? ask.objective.costs : undefined;
}

function sliceGroups(input: BreakdownInput, sliceColumns: string[]): SliceGroup[] {
  const names = input.scope.groupBy ?? defaultColumns(input);
  return names.map((name) => {
    const column = input.records.slices.columns.find((c) => c.name === name);
    if (!column) {
      throw new SightlineInputError('whatif.unknown-column', `no slice column "${name}" to break the what-if down by`, {
        column: name,
        hint: `Slice columns (upstream stages joined by key, and the model version): ${sliceColumns.join(', ')}.`,
      });
    }
    return { column: name, values: textValues(column) };
  });
}

/** The columns the request is about (its slice, its per-slice column) and the model version; else one small categorical column. */
function defaultColumns(input: BreakdownInput): string[] {
  const named = new Set<string>();
  for (const p of input.scope.where ?? []) named.add(p.feature);
  if (input.ask.kind === 'threshold' && input.ask.perSlice) named.add(input.ask.perSlice.column);
  const version = input.pipeline.predictions?.modelVersion;
  const columns = input.records.slices.columns;
  if (version && columns.some((c) => c.name === version)) named.add(version);
  if (named.size) return [...named];
  const small = columns.find((c) => c.type === 'category' && c.dictionary.length >= 2 && c.dictionary.length <= DEFAULT_MAX_VALUES);
  return small ? [small.name] : [];
}
