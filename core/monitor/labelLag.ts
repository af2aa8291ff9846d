import type { PerformanceWindow, ThresholdRule } from '../protocol';
import type { WindowFinding } from './episodes';
import { median } from './robustRule';
import { scoreSeries } from './scoreSeries';

/** A 50% longer p90 label lag, log(1.5), is the least change worth a warning. */
export const LAG_MIN_CHANGE = Math.log(1.5);
/** Fewer arrived labels than this make a window's p90 lag too noisy to score. */
const MIN_LAGS = 20;

const hours = (ms: number): string => `${(ms / 3_600_000).toFixed(1)} h`;

/**
 * Label-lag alerts from the p90 lag of each prediction window, as log(p90 / reference median),
 * leave-one-out for reference windows. One-sided: recent windows are right-censored (their slow
 * labels have not arrived yet), which only shortens the measured lag, so a rise is the signal.
 */
export function labelLagFindings(windows: PerformanceWindow[], at: { stage: string; column: string }): { rule?: ThresholdRule; findings: WindowFinding[] } {
  const scored = windows.flatMap((w, index) => (w.lagMs && w.lagMs.count >= MIN_LAGS ? [{ index, start: w.start, p90: w.lagMs.p90, reference: w.inReference }] : []));
  const refP90 = scored.filter((w) => w.reference).map((w) => w.p90);
  if (!refP90.length) return { findings: [] };
  const all = median(refP90);
  const deviation = scored.map((w, i) => {
    const base = w.reference ? median(scored.filter((v, j) => j !== i && v.reference).map((v) => v.p90)) : all;
    return Number.isFinite(base) ? Math.log((w.p90 + 1) / (base + 1)) : 0;
  });
  const { rule, figures } = scoreSeries({ value: scored.map((w) => w.p90), deviation, isReference: scored.map((w) => w.reference), minChange: LAG_MIN_CHANGE, twoSided: false });
  const findings: WindowFinding[] = [];
  scored.forEach((w, i) => {
    const f = figures[i];
    if (w.reference || f.decision === 'ok') return;
    const evidence = `p90 label lag ${hours(w.p90)} for predictions of ${new Date(w.start).toISOString().slice(0, 10)} against a reference median of ${hours(all)} (x${((w.p90 + 1) / (all + 1)).toFixed(2)}); score ${f.score.toFixed(1)}`;
    findings.push({ kind: 'label-lag', ...at, index: w.index, start: w.start, severity: f.decision, score: f.score, evidence });
  });
  return { rule, findings };
}
