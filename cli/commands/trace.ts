import type { Command } from '../command';
import type { TimeBucket } from '../../core/engine/engine';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, stringFlag, engineOption } from '../args';
import { openPipeline } from '../../core/io/openPipeline';
import { openAndTrace } from '../../core/diagnose/trace/openAndTrace';
import { traceText } from '../format/traceText';

const BUCKETS = ['hour', 'day', 'week'] as const;
/** Short forms, as in `--window 1d`, the same as monitor's. */
const BUCKET_ALIASES: Record<string, TimeBucket> = { '1h': 'hour', '1d': 'day', '1w': 'week', '7d': 'week' };

export const traceCommand: Command = {
  name: 'trace',
  summary: 'Group alerts into incidents across stages: first stage and column, onset, record loss, runs',
  flags: withCommonFlags({ values: ['format', 'window'], booleans: ['no-performance'] }),
  help: `Usage: sightline trace <sightline.json | folder> [--window hour|day|week]
                       [--format text|json] [--no-performance]

Monitors the pipeline (as sightline monitor does) and traces its alerts across stages:
- incidents: alerts whose first flagged windows are within one window of each other are
  grouped when they share a column name, or sit in consecutive stages and start in the same
  window, or sit in consecutive stages while the records dropped, nulled or changed between
  them jump. Each incident names the first stage in pipeline order where it shows and the
  column there, and lists the later stages it reached.
- onset: a single change in mean fitted by least squares to the alert's per-window score, with
  the interval of onsets whose log-likelihood is within 1.92 of the best.
- record loss: consecutive stages joined by record key, per window: records dropped (key gone
  downstream), nulled and changed (same-named columns), and windows where these jump.
- runs: with a runs log in the manifest, the code versions ranked by how many flagged stage
  windows lie downstream of them, and which version began at each incident's onset.

Options:
  --window hour|day|week  window size, also 1h, 1d, 1w (default: chosen from the time span)
  --format text|json      text for people (default), json for scripts: a
                          {kind: "trace", version: 1, incidents: [...], alerts: [...]} object;
                          each alert carries firstStage, firstColumn and onset
  --no-performance        skip performance and label lag (faster; label-lag incidents are
                          then not seen). By default they are monitored when the manifest
                          names predictions and labels, as sightline monitor does
  --engine NAME           arquero (in memory), duckdb (files read in place) or
                          clickhouse (tables); default: the manifest's engine
  --quiet                 no progress on stderr
  --debug                 show stack traces for unexpected errors

Exit codes: 0 ok, 2 bad input or usage, 1 unexpected error, 130 interrupted.`,
  async run({ args, progress, signal, stdout }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const windowFlag = stringFlag(args, 'window');
    const bucket = windowFlag === undefined ? undefined : (BUCKET_ALIASES[windowFlag] ?? choiceFlag(args, 'window', BUCKETS, 'day'));
    const [target, ...extra] = args.positionals;
    if (!target) throw new UsageError('trace needs a sightline.json or a folder holding one');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const result = await openAndTrace(openPipeline(target, engineOption(args)), { signal, bucket, performance: !args.flags.has('no-performance'), onProgress: (m, d, t) => progress.update(m, d, t) });
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : traceText(result));
    return 0;
  },
};
