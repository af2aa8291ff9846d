import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from '../command';
import { withCommonFlags } from '../command';
import { UsageError, stringFlag } from '../args';
import { buildDemo } from '../../core/demo/buildDemo';
import { loadManifest } from '../../core/io/manifest/loadManifest';
import { writeOverviewReport } from '../../core/report/writeOverviewReport';
import { formatCount } from '../../core/charts/format';
import { inspectSummaryText } from '../format/inspectText';
import { displayPath } from '../format/displayPath';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Write a demo workspace (real US flights, 5-stage pipeline, planted incidents) and report on it',
  flags: withCommonFlags({ values: ['sample-every'], booleans: ['no-report'] }),
  help: `Usage: sightline demo [dir] [--sample-every N] [--no-report]

Builds a demo pipeline from 3M real US flights (Jan-Jun 2001, from the vega-datasets
package): ingest -> clean -> features -> predict -> feedback, with a model trained on
January, real monthly drift, and a few planted incidents whose ground truth is in
<dir>/incidents.json. Then runs the analyses Sightline has and writes
<dir>/reports/sightline-report.html.

Arguments:
  dir                 where to write (default: ./sightline-demo); must be empty, new,
                      or an earlier demo

Options:
  --sample-every N    keep every Nth flight (default chosen so the demo builds quickly)
  --no-report         only write the workspace
  --quiet             no progress on stderr
  --debug             show stack traces for unexpected errors`,
  async run({ args, progress, signal, stdout, cwd }) {
    const [target = 'sightline-demo', ...extra] = args.positionals;
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const every = stringFlag(args, 'sample-every');
    const sampleEvery = every === undefined ? undefined : Number(every);
    if (sampleEvery !== undefined && !(Number.isInteger(sampleEvery) && sampleEvery >= 1)) {
      throw new UsageError(`--sample-every must be a whole number >= 1 (got "${every}")`);
    }
    const dir = resolve(cwd, target);
    const summary = await buildDemo(dir, { sampleEvery, signal, onProgress: (step, done, total) => progress.update(step, done, total) });
    progress.done();
    const lines = [
      `Demo workspace written to ${displayPath(dir, cwd)} in ${summary.seconds.toFixed(1)} s (${summary.sample})`,
      ...summary.stages.map((s) => `  ${s.name.padEnd(9)} ${formatCount(s.rows).padStart(9)} rows in ${s.files.length} file${s.files.length === 1 ? '' : 's'}`),
      `  manifest  ${displayPath(summary.manifest, cwd)}`,
      `  incidents ${displayPath(summary.incidents, cwd)} (ground truth for later analyses)`,
    ];
    if (!args.flags.has('no-report')) {
      const reports = join(dir, 'reports');
      mkdirSync(reports, { recursive: true });
      const { path, result } = await writeOverviewReport(loadManifest(summary.manifest), join(reports, 'sightline-report.html'), {
        signal,
        onProgress: (m, d, t) => progress.update(m, d, t),
      });
      progress.done();
      lines.push('', inspectSummaryText(result.inspect), '', `Report: ${path}`, `Next: npx sightline inspect ${displayPath(dir, cwd)}`);
    }
    stdout(lines.join('\n'));
    return 0;
  },
};
