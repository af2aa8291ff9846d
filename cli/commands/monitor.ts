import type { Command } from '../command';
import type { MonitorResult } from '../../core/protocol';
import type { TimeBucket } from '../../core/engine/engine';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, stringFlag, engineOption } from '../args';
import { openPipeline } from '../../core/io/openPipeline';
import { openAndMonitor } from '../../core/monitor/openAndMonitor';
import { monitorText } from '../format/monitorText';

const BUCKETS = ['hour', 'day', 'week'] as const;
/** Short forms, as in `--window 1d`. */
const BUCKET_ALIASES: Record<string, TimeBucket> = { '1h': 'hour', '1d': 'day', '1w': 'week', '7d': 'week' };

export const monitorCommand: Command = {
  name: 'monitor',
  summary: 'Monitor every stage window by window and list alerts (exit 1 with --fail-on, for CI)',
  flags: withCommonFlags({ values: ['format', 'window', 'fail-on'], booleans: [] }),
  help: `Usage: sightline monitor <sightline.json | folder | log file> [--window hour|day|week]
                         [--format text|json] [--fail-on warn|alert]

Splits each stage's logs into time windows and scores, per window, stage and column:
volume, null rate, share out of the reference range, unseen categories, missing columns, a
summary-statistics shift against earlier windows of the same weekday, and drift: the total
variation distance from the reference's distribution, overall and within slices (the frequent
values of each category column), naming the slice where a change concentrates. Thresholds
come from the reference windows, each compared with the reference without it. When the
manifest names predictions and labels, the result also holds performance per window (with
label coverage) and label-lag alerts, overall and per slice. Findings of one stage, column
and kind merge into one alert with its onset while at most a week of daily windows (a day of
hourly ones) passes between them.

Options:
  --window hour|day|week  window size, also 1h, 1d, 1w (default: chosen from the time span)
  --format text|json      text for people (default), json for scripts: a
                          {kind: "monitor", version: 1, alerts: [...], stages: [...]} object
  --fail-on warn|alert    exit 1 when an alert of this severity or worse exists
  --engine NAME           arquero (in memory), duckdb (files read in place) or
                          clickhouse (tables); default: the manifest's engine
  --quiet                 no progress on stderr
  --debug                 show stack traces for unexpected errors

Exit codes: 0 ok (or nothing at the --fail-on level), 1 an alert at the --fail-on level
(or an unexpected error), 2 bad input or usage, 130 interrupted.`,
  async run({ args, progress, signal, stdout }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const windowFlag = stringFlag(args, 'window');
    const bucket = windowFlag === undefined ? undefined : (BUCKET_ALIASES[windowFlag] ?? choiceFlag(args, 'window', BUCKETS, 'day'));
    const failOn = stringFlag(args, 'fail-on') === undefined ? undefined : choiceFlag(args, 'fail-on', ['warn', 'alert'] as const, 'alert');
    const [target, ...extra] = args.positionals;
    if (!target) throw new UsageError('monitor needs a sightline.json, a folder or a log file');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const result = await openAndMonitor(openPipeline(target, engineOption(args)), { signal, bucket, onProgress: (m, d, t) => progress.update(m, d, t) });
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : monitorText(result));
    return failOn && reaches(result, failOn) ? 1 : 0;
  },
};

function reaches(result: MonitorResult, level: 'warn' | 'alert'): boolean {
  return result.alerts.some((a) => level === 'warn' || a.severity === 'alert');
}
