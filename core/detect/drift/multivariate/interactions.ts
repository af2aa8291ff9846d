import type { Feature } from './baseFeatures';
import { MAX_INTERACTING } from './settings';

/**
 * Pairwise products of the first MAX_INTERACTING base features (and squares of the numeric
 * ones): a linear score on them sees a change in the joint distribution that leaves every
 * marginal alone, such as a correlation that flips sign. Products of two features of the same
 * category column are always 0 and are left out. Bases are centred first so a product measures
 * co-movement, not the means.
 */
export function interactions(base: readonly Feature[]): Feature[] {
  const used = base.slice(0, MAX_INTERACTING).map((f) => ({ feature: f, centred: centred(f.values) }));
  const out: Feature[] = [];
  for (let a = 0; a < used.length; a++) {
    for (let b = a; b < used.length; b++) {
      const fa = used[a].feature;
      const fb = used[b].feature;
      if (a === b ? !fa.numeric : fa.source === fb.source && !(fa.numeric && fb.numeric)) continue;
      const x = used[a].centred;
      const y = used[b].centred;
      const values = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) values[i] = x[i] * y[i];
      out.push({ name: a === b ? `${fa.name}²` : `${fa.name} × ${fb.name}`, source: fa.source, numeric: true, values, ...pair(fa, fb) });
    }
  }
  return out;
}

/** A product belongs to both its columns when importance is shared out. */
function pair(a: Feature, b: Feature): { sources?: [string, string] } {
  return a.source === b.source ? {} : { sources: [a.source, b.source] };
}

function centred(values: Float64Array): Float64Array {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  return values.map((v) => v - mean);
}
