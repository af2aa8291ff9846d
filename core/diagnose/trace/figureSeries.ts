import type { ColumnWindowFigures, Decision, MonitorAlert, MonitorResult, StageWindowFigures } from '../../protocol/monitor';

/** One alert's figure window by window: windows where it has no value are left out. */
export interface AlertSeries {
  starts: number[];
  /** The per-window score the alert was raised on (for label figures, the figure itself). */
  values: number[];
  /** Whether the window itself was flagged (warn or alert). */
  flagged: boolean[];
}

interface Point {
  value: number;
  decision?: Decision;
}

/** The series behind an alert, from the stage's windows or, for label figures, the performance windows. */
export function alertSeries(result: MonitorResult, alert: MonitorAlert): AlertSeries {
  const series: AlertSeries = { starts: [], values: [], flagged: [] };
  const push = (start: number, point: Point | undefined, inAlert: boolean): void => {
    if (!point || !Number.isFinite(point.value)) return;
    series.starts.push(start);
    series.values.push(point.value);
    series.flagged.push(point.decision ? point.decision !== 'ok' && inAlert : inAlert);
  };
  const within = (start: number): boolean => start >= alert.onset && start <= alert.last;
  if (alert.kind === 'label-lag') {
    // The monitor keeps no per-window lag score; log p90 lag is what it scores.
    for (const w of result.performance?.windows ?? []) push(w.start, { value: w.lagMs ? Math.log(w.lagMs.p90 + 1) : NaN }, within(w.start));
    return series;
  }
  const stage = result.stages.find((s) => s.stage === alert.stage);
  for (const window of stage?.windows ?? []) push(window.start, stagePoint(window, alert), within(window.start));
  return series;
}

function stagePoint(window: StageWindowFigures, alert: MonitorAlert): Point | undefined {
  if (alert.kind === 'volume') return { value: window.volume.score, decision: window.volume.decision };
  const f: ColumnWindowFigures | undefined = window.columns[alert.column];
  if (!f) return undefined;
  switch (alert.kind) {
    case 'nulls':
    case 'schema':
      return { value: f.nullRate.score, decision: alert.kind === 'schema' ? (f.absent ? 'alert' : 'ok') : f.nullRate.decision };
    case 'out-of-range':
      return f.outOfRange && { value: f.outOfRange.score, decision: f.outOfRange.decision };
    case 'unseen-category':
      return f.unseen && { value: f.unseen.score, decision: f.unseen.decision };
    case 'summary-shift':
      return f.summary && { value: f.summary.score, decision: f.summary.decision };
    case 'drift':
      return f.drift && { value: f.drift.score, decision: f.drift.decision };
    default:
      return undefined;
  }
}
