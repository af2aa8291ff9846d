import type { MonitorResult } from '../protocol';
import type { ReportSection } from './document';
import { alertsTable } from './alertsTable';

/** The report's detection section: the heat map of window scores, then the alert list. */
export function detectionSections(monitor: MonitorResult): ReportSection[] {
  const counts = `${monitor.alerts.filter((a) => a.severity === 'alert').length} alerts and ${monitor.alerts.filter((a) => a.severity === 'warn').length} warnings`;
  return [
    {
      id: 'detection',
      title: 'Detection: monitoring window by window',
      intro:
        `Worst score of any figure (volume, nulls, out-of-range, unseen categories, summary shift) per stage and ${monitor.bucket}. ` +
        'Scores are robust z against the reference windows, each compared with the reference without it: 4 warns, 6 alerts.',
      chart: 'overview.monitorScores',
      emptyChart: 'No stage has a time column, so nothing could be monitored over time.',
    },
    {
      id: 'alerts',
      title: 'Alerts',
      intro: `${counts}; consecutive windows of the same stage, column and kind are one alert with its onset.`,
      ...(monitor.alerts.length ? { body: alertsTable(monitor) } : { intro: 'No alerts or warnings: every window stayed within its thresholds.' }),
    },
  ];
}
