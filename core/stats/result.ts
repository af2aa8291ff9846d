/**
 * Results of the two-sample statistics. Plain JSON-ready objects: `method` names what was
 * computed (scipy's function where one exists), `note` says when a p-value is approximated,
 * capped or a convention applies. A statistic that is infinite stays `Infinity` here; JSON
 * serializers turn it into null, so surfaces should print it from `note`.
 */
export interface TestResult {
  method: string;
  statistic: number;
  pValue: number;
  note?: string;
}

export interface KsResult extends TestResult {
  method: 'ks_2samp';
  /** How the p-value was computed: scipy's method='auto' picks exact up to 10,000 per sample. */
  pMethod: 'exact' | 'asymptotic';
  n1: number;
  n2: number;
}

export interface AndersonKSampleResult extends TestResult {
  method: 'anderson_ksamp';
  /** Critical values at significance levels 25, 10, 5, 2.5, 1, 0.5, 0.1 %. */
  criticalValues: number[];
  /** True when the p-value was clipped to scipy's [0.001, 0.25] interpolation range. */
  capped: boolean;
}

export interface CramerVonMisesResult extends TestResult {
  method: 'cramervonmises_2samp';
  pMethod: 'exact' | 'asymptotic';
}

export interface ChiSquaredResult extends TestResult {
  method: 'chi2_contingency' | 'chisquare_gof';
  dof: number;
  /** Yates' continuity correction applied (contingency, 2x2 only, when asked). */
  corrected?: boolean;
}

export interface FisherExactResult extends TestResult {
  method: 'fisher_exact';
  /** Sample odds ratio a·d / (b·c), as scipy (NaN when a row or column is empty). */
  oddsRatio: number;
}

export interface ZTestResult extends TestResult {
  method: 'proportions_ztest';
  p1: number;
  p2: number;
}

export interface DistanceResult {
  method: string;
  statistic: number;
  note?: string;
}

export interface WassersteinResult extends DistanceResult {
  method: 'wasserstein_distance';
  /** Population standard deviation (ddof 0) of the reference. */
  referenceStd: number;
  /** statistic / max(referenceStd, 0.001): Evidently's normalization and floor. */
  normalized: number;
}

export interface JensenShannonResult extends DistanceResult {
  method: 'jensenshannon';
  /** Logarithm base; the distance is sqrt of the divergence in that base (max sqrt(ln 2) in base e). */
  base: number;
}
