import type { MonitorAlert, MonitorResult } from '../../protocol/monitor';
import type { OnsetEstimate } from '../../protocol/trace';
import { BUCKET_MS } from '../../protocol';
import type { AlertSeries } from './figureSeries';
import { alertSeries } from './figureSeries';
import { meanShift } from './changePoint';

/**
 * The onset of an alert by change-point detection on its per-window score, over the windows
 * before and during the alert: from the end of the previous episode of the same stage, column
 * and kind (an earlier change is not this one) through the alert's last window.
 */
export function alertOnset(result: MonitorResult, alert: MonitorAlert): OnsetEstimate {
  const series = alertSeries(result, alert);
  const from = previousEpisodeEnd(result.alerts, alert) + BUCKET_MS[result.bucket];
  return seriesOnset(cut(series, from, alert.last), alert.onset);
}

/** The mean-shift onset of a series, or the first flagged window when no rise can be fitted. */
export function seriesOnset(series: AlertSeries, flaggedFrom: number): OnsetEstimate {
  const shift = meanShift(series.values, { increase: true });
  if (!shift) return { onset: flaggedFrom, interval: [flaggedFrom, flaggedFrom], method: 'first-flagged' };
  return { onset: series.starts[shift.index], interval: [series.starts[shift.interval[0]], series.starts[shift.interval[1]]], method: 'mean-shift' };
}

function previousEpisodeEnd(alerts: MonitorAlert[], alert: MonitorAlert): number {
  let end = -Infinity;
  for (const a of alerts) if (a.stage === alert.stage && a.column === alert.column && a.kind === alert.kind && a.last < alert.onset) end = Math.max(end, a.last);
  return end;
}

function cut(series: AlertSeries, from: number, to: number): AlertSeries {
  const keep = series.starts.map((s) => s >= from && s <= to);
  return {
    starts: series.starts.filter((_, i) => keep[i]),
    values: series.values.filter((_, i) => keep[i]),
    flagged: series.flagged.filter((_, i) => keep[i]),
  };
}
