import type { SliceDiffResult, SliceFinding, SlicesResult } from '../../../core/protocol';

export function finding(predicates: [string, string][], size: number, error: number, extra: Partial<SliceFinding> = {}): SliceFinding {
  return {
    predicates: predicates.map(([feature, value]) => ({ feature, value })),
    size,
    error,
    errorInterval: [Number((error - 0.05).toFixed(4)), Number((error + 0.05).toFixed(4))],
    score: 0.2,
    pValue: 1e-6,
    adjustedPValue: 2e-6,
    level: predicates.length,
    ...extra,
  };
}

/** 1,000 rows at overall error 0.2: two top slices (the second folded into the first) and one small slice. */
export function slicesFixture(): SlicesResult {
  return {
    kind: 'slices',
    version: 1,
    pipeline: 'shop',
    source: '/w/shop/sightline.json',
    rows: 1000,
    rowsWithoutError: 10,
    overallError: 0.2,
    options: { alpha: 0.95, minSupport: 32, k: 10, maxLevel: 3, bins: 10, maxCategories: 30, foldTolerance: 0.1, smallFloor: 10, smallSearchSupport: 10, errorKind: 'binary', errorSource: 'class != label', tieBreak: 'size' },
    features: [],
    excluded: [],
    slices: [finding([['country', 'DE']], 200, 0.5), finding([['country', 'DE'], ['device', 'ios']], 100, 0.52, { foldedInto: 0 })],
    significantSmall: [finding([['hour', '[3, 4)']], 12, 0.9)],
    evaluated: 40,
    notes: [],
  };
}

export function sliceDiffFixture(): SliceDiffResult {
  const slice = (value: string, referenceCount: number, currentCount: number) => ({
    predicates: [{ feature: 'country', value }],
    referenceCount,
    currentCount,
    referenceShare: referenceCount / 1000,
    currentShare: currentCount / 500,
    riskRatio: (currentCount / 500) / (referenceCount / 1000),
  });
  return { kind: 'slice-diff', version: 1, pipeline: 'current vs reference', source: 'current', referenceRows: 1000, currentRows: 500, minSupport: 32, maxLevel: 2, grown: [slice('FR', 100, 150)], shrunk: [slice('DE', 400, 50)] };
}
