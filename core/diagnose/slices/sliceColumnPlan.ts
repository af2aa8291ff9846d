import type { Pipeline, PipelineStage } from '../../io/pipeline';

/** The feature columns of a pipeline's slice search and the stage each comes from. */
export interface SliceColumnPlan {
  /** The model version first, then each upstream stage's columns in stage and column order. */
  features: Array<{ stage: string; column: string }>;
  /** The stage each feature column is taken from. */
  columnStages: Record<string, string>;
}

/**
 * Which columns a pipeline's slice search joins to its predictions: the predictions stage's
 * model version, and the columns of every keyed stage before it, each name taken once, from the
 * latest stage that has it; keys and times are left out. The predictions stage's score and
 * class are the model's output, not a slice. `columnsOf` gives a stage's columns, undefined
 * when it was not loaded.
 */
export function sliceColumnPlan(pipeline: Pipeline, predictStage: PipelineStage, columnsOf: (stage: PipelineStage) => string[] | undefined): SliceColumnPlan {
  const index = pipeline.stages.indexOf(predictStage);
  const upstream = predictStage.key === undefined ? [] : pipeline.stages.slice(0, index).filter((s) => s.key !== undefined && columnsOf(s) !== undefined);
  const owner = new Map<string, PipelineStage>();
  for (const stage of [...upstream].reverse()) {
    for (const column of columnsOf(stage) ?? []) if (column !== stage.key && column !== stage.time && !owner.has(column)) owner.set(column, stage);
  }
  const features: SliceColumnPlan['features'] = [];
  const version = pipeline.predictions?.modelVersion;
  if (version && columnsOf(predictStage)?.includes(version)) {
    owner.delete(version);
    features.push({ stage: predictStage.name, column: version });
  }
  for (const stage of upstream) {
    for (const column of columnsOf(stage) ?? []) if (owner.get(column) === stage) features.push({ stage: stage.name, column });
  }
  return { features, columnStages: Object.fromEntries(features.map((f) => [f.column, f.stage])) };
}

/** `base`, or `base_2`, `base_3`... whichever no column is named: the joined error's column name. */
export function freeName(base: string, taken: string[]): string {
  let name = base;
  for (let i = 2; taken.includes(name); i++) name = `${base}_${i}`;
  return name;
}
