import type { FallbackAction } from '../../protocol/whatif';
import type { SlicePredicate } from '../../protocol/slices';

export interface FallbackAssumptionContext {
  where: SlicePredicate[];
  action: FallbackAction;
  records: number;
  routed: number;
  routedLabeled: number;
  slice: { model: number; fallback: number; labeled: number };
  level: number;
  replicates: number;
  seed: number;
}

/** What a fallback comparison rests on, with the coverage it gives up and the slice's own accuracy. */
export function fallbackAssumptions(c: FallbackAssumptionContext): string[] {
  const slice = c.where.map((p) => `${p.feature} = ${p.value}`).join(' and ');
  const share = c.records ? ((100 * c.routed) / c.records).toFixed(1) : '0.0';
  const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
  const out = [
    `the slice ${slice} routes ${c.routed} of ${c.records} records (${share}%, ${c.routedLabeled} of them labeled) ${c.action === 'review' ? 'to people' : `to the fixed decision ${c.action}`}`,
  ];
  if (c.action === 'review') {
    out.push(
      `coverage given up: ${share}% of the records are no longer decided automatically; before is the model on every labeled record, after is the model on the labeled records left to it (the reviewed records are out of the automated metrics, and people's decisions are not simulated)`,
      `on the slice's ${c.slice.labeled} labeled records the model's accuracy was ${pct(c.slice.model)}`,
    );
  } else {
    out.push(
      'before and after are measured on the same labeled records: every record, the slice with the fixed decision',
      `on the slice's ${c.slice.labeled} labeled records: model accuracy ${pct(c.slice.model)}, fixed decision ${c.action} ${pct(c.slice.fallback)}`,
    );
  }
  return out.concat(
    `${Math.round(c.level * 100)}% intervals: Wilson for accuracy, precision and recall; percentile bootstrap (${c.replicates} replicates, seed ${c.seed}) for F1 and for every difference, each replicate resampling all labeled records once for both sides (paired); records are treated as independent`,
    'nothing is fitted, so there is no out-of-sample step: the slice was chosen by the user (if it came from a slice search on these same records, the improvement is optimistic)',
    'verdict: helps or hurts only when the difference interval excludes 0, otherwise no clear change',
  );
}
