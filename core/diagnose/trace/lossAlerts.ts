import type { MonitorReference } from '../../protocol/monitor';
import type { StageLossAlert, StageLossWindow } from '../../protocol/trace';
import type { TimeBucket } from '../../engine/engine';
import { scoreSeries } from '../../monitor/scoreSeries';
import { median } from '../../monitor/robustRule';
import { isReferenceWindow } from '../../monitor/referenceWindows';

/** One percentage point of the records is the least jump worth a warning. */
export const LOSS_MIN_CHANGE = 0.01;

const WHAT = ['dropped', 'nulled', 'changed'] as const;

/**
 * Windows whose share of dropped, nulled or changed records jumps, scored like every monitor
 * figure: deviation from the reference windows' median share (leave-one-out for the reference
 * windows themselves), thresholds from the spread of those deviations, widened for small windows.
 */
export function lossAlerts(byWindow: StageLossWindow[], bucket: TimeBucket, reference: MonitorReference): StageLossAlert[] {
  const windows = byWindow.filter((w) => w.upstream > 0);
  const isReference = windows.map((w) => isReferenceWindow(w.start, bucket, reference));
  const alerts: StageLossAlert[] = [];
  for (const what of WHAT) {
    const share = windows.map((w) => w[what] / w.upstream);
    const referenceShares = share.filter((_, i) => isReference[i]);
    const baseline = referenceShares.length ? median(referenceShares) : 0;
    const deviation = share.map((s, i) => s - (isReference[i] ? leaveOneOut(share, isReference, i) : baseline));
    const { figures } = scoreSeries({ value: share, deviation, isReference, minChange: LOSS_MIN_CHANGE, twoSided: false, binomial: { p: baseline, n: windows.map((w) => w.upstream) } });
    figures.forEach((f, i) => {
      if (isReference[i] || f.decision === 'ok') return;
      alerts.push({ what, start: windows[i].start, share: share[i], baseline, score: f.score, severity: f.decision });
    });
  }
  return alerts.sort((a, b) => a.start - b.start || WHAT.indexOf(a.what) - WHAT.indexOf(b.what));
}

function leaveOneOut(share: number[], isReference: boolean[], skip: number): number {
  const others = share.filter((_, i) => i !== skip && isReference[i]);
  return others.length ? median(others) : share[skip];
}
