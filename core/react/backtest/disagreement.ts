import type { WhatIfDifference, WhatIfMetric } from '../../protocol/whatif';

/** Says so when metrics point in opposite directions, so a verdict on one metric is not read as the whole story. */
export function disagreement(primary: WhatIfMetric, difference: Partial<Record<WhatIfMetric, WhatIfDifference>>): string[] {
  const entries = Object.entries(difference) as Array<[WhatIfMetric, WhatIfDifference]>;
  const by = (verdict: string) => entries.filter(([, d]) => d.verdict === verdict).map(([m]) => m);
  const helps = by('helps');
  const hurts = by('hurts');
  if (!helps.length || !hurts.length) return [];
  return [`the metrics disagree: helps ${helps.join(', ')}; hurts ${hurts.join(', ')}. The verdict is read from ${primary} alone; weigh the others before acting`];
}
