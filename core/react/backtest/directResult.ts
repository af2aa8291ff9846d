import type { TimeBucketName } from '../../protocol/messages';
import type { Remediation, WhatIfChanged, WhatIfMetric, WhatIfParameters, WhatIfCore } from '../../protocol/whatif';
import type { Comparison } from './compare';
import { exportRule } from './exportRule';
import { WHATIF_DEFAULTS } from './runWhatIf';

export interface DirectParts {
  remediation: Remediation;
  bucket: TimeBucketName;
  primary: WhatIfMetric;
  comparisons: ReadonlyArray<readonly [WhatIfMetric, Comparison]>;
  labeled: number;
  changed: WhatIfChanged;
  bootstrap: { replicates: number; seed: number; level: number };
  assumptions: string[];
  parameters: WhatIfParameters;
  /** The span of the compared records. */
  span: { start: number; end: number };
}

/** A what-if with nothing fitted (rollback, fallback): no backtest rows, the parameters export as they are. */
export function directResult(p: DirectParts): WhatIfCore {
  const difference = Object.fromEntries(p.comparisons.map(([m, c]) => [m, c.difference]));
  return {
    kind: 'whatif',
    version: 1,
    remediation: p.remediation,
    bucket: p.bucket,
    primary: p.primary,
    verdict: difference[p.primary]?.verdict ?? null,
    before: Object.fromEntries(p.comparisons.map(([m, c]) => [m, c.before])),
    after: Object.fromEntries(p.comparisons.map(([m, c]) => [m, c.after])),
    difference,
    coverage: { labeled: p.labeled, total: p.changed.of, share: p.changed.of > 0 ? p.labeled / p.changed.of : 0 },
    recordsChanged: p.changed,
    backtest: { rows: [], skipped: [], fitWindows: 0, bootstrap: p.bootstrap },
    assumptions: p.assumptions,
    export: { fittedOn: { start: p.span.start, end: p.span.end, labeled: p.labeled }, parameters: p.parameters, rule: exportRule(p.parameters) },
  };
}

/** Earliest and latest time over some rows (NaN times skipped); 0..0 when none. */
export function spanOf(times: ArrayLike<number>, rows: ArrayLike<number>): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const t = times[rows[k]];
    if (Number.isNaN(t)) continue;
    start = Math.min(start, t);
    end = Math.max(end, t);
  }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

/** Interval level, replicates and seed, the defaults where a value is missing (undefined included). */
export function bootstrapSettings(o: { level?: number; replicates?: number; seed?: number }): { level: number; replicates: number; seed: number } {
  return { level: o.level ?? WHATIF_DEFAULTS.level, replicates: o.replicates ?? WHATIF_DEFAULTS.replicates, seed: o.seed ?? WHATIF_DEFAULTS.seed };
}

