import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command';
import type { TimeBucket } from '../../core/engine/engine';
import { withCommonFlags } from '../command';
import { UsageError, stringFlag, engineOption } from '../args';
import { openPipeline } from '../../core/io/openPipeline';
import { writeOverviewReport } from '../../core/report/writeOverviewReport';
import { formatBytes } from '../../core/charts/format';
import { savedWhatIfs, whatIfAsksOf } from './reportWhatIfs';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write a self-contained HTML report (opens offline): volume, null rates, label coverage',
  flags: withCommonFlags({ values: ['out', 'bucket', 'whatif', 'whatif-json'], booleans: ['no-detect'] }),
  help: `Usage: sightline report <sightline.json | folder | log file> [--out report.html] [--bucket hour|day|week]

Writes one HTML file with plotly inside (no network needed to open it): the pipeline's
stages, volume per stage over time, null rates per stage and column, and label coverage
and lag, a detection section: the monitor's worst score per stage and window and its
alerts (see sightline monitor), and a diagnosis section: the alerts traced into incidents
with their first stage and column, onset, downstream stages and runs, and the records lost
or altered between consecutive stages (see sightline trace). With --whatif or --whatif-json,
a reaction section per what-if: the verdict, every metric before and after with intervals,
the primary metric per window and per slice, the assumptions and the parameters to ship.

Options:
  --out FILE             where to write (default: sightline-report.html in the current folder);
                         Sightline refuses to write inside a folder holding the logs it reads
  --bucket hour|day|week time bucket of the charts (default: chosen from the time span)
  --no-detect            leave out the detection and diagnosis sections (monitoring is the slow part)
  --whatif threshold,recalibrate,rollback
                         simulate these remediations with their defaults (threshold for F1,
                         Platt recalibration, rollback to the previous version) and 200
                         bootstrap replicates, as sightline whatif does
  --whatif-json a.json,b.json
                         include what-ifs saved with sightline whatif ... --format json (any
                         remediation and options); shown before those of --whatif
  --engine NAME          arquero (in memory), duckdb (files read in place) or
                         clickhouse (tables); default: the manifest's engine
  --quiet                no progress on stderr
  --debug                show stack traces for unexpected errors

Exit codes: 0 ok, 2 bad input or usage, 1 unexpected error, 130 interrupted.`,
  async run({ args, progress, signal, stdout, cwd }) {
    const [target, ...extra] = args.positionals;
    if (!target) throw new UsageError('report needs a sightline.json, a folder or a log file');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const bucket = stringFlag(args, 'bucket');
    if (bucket !== undefined && !['hour', 'day', 'week'].includes(bucket)) throw new UsageError(`--bucket must be hour, day or week (got "${bucket}")`);
    const out = resolve(cwd, stringFlag(args, 'out') ?? 'sightline-report.html');
    const whatifAsks = whatIfAsksOf(stringFlag(args, 'whatif'));
    const whatifs = savedWhatIfs(stringFlag(args, 'whatif-json'), cwd);
    const pipeline = openPipeline(target, engineOption(args));
    const { path } = await writeOverviewReport(pipeline, out, {
      signal,
      bucket: bucket as TimeBucket | undefined,
      detect: !args.flags.has('no-detect'),
      whatifs,
      whatifAsks,
      replicates: 200,
      onProgress: (m, d, t) => progress.update(m, d, t),
    });
    progress.done();
    stdout(`Report written to ${path} (${formatBytes(statSync(path).size)})`);
    return 0;
  },
};
