export interface RollbackAssumptionContext {
  current: string;
  previous: string;
  paired: boolean;
  shadowColumn: string | null;
  previousThreshold: { threshold: number; source: string };
  level: number;
  replicates: number;
  seed: number;
}

/** What a rollback comparison rests on, in words; the confounded case first of all. */
export function rollbackAssumptions(c: RollbackAssumptionContext): string[] {
  const rule = `${c.previous} decides positive when its score >= ${c.previousThreshold.threshold} (${c.previousThreshold.source})`;
  const intervals = `${Math.round(c.level * 100)}% intervals: Wilson for accuracy, precision and recall; percentile bootstrap (${c.replicates} replicates, seed ${c.seed}) for the other metrics and for every difference`;
  if (c.paired) {
    return [
      `before is ${c.current} as it served; after is ${c.previous}'s shadow score (${c.shadowColumn}) on the same records: the records ${c.current} served where ${c.previous} also scored`,
      rule,
      `${intervals}, resampling the same records on both sides (paired); records are treated as independent`,
      'verdict: helps or hurts only when the difference interval excludes 0, otherwise no clear change',
    ];
  }
  return [
    `CONFOUNDED BY DRIFT: no shadow scores of ${c.previous} on ${c.current}'s records, so each version is measured on its own time window (before: the records ${c.current} served; after: the records ${c.previous} served). The data, the label rate and the delays differ between the windows, so the difference mixes the models with the drift and is not the effect of a rollback`,
    rule,
    `${intervals}, resampling each window on its own (unpaired); records are treated as independent`,
    'verdict: read from the interval of the difference, which does not remove the confounding',
  ];
}
