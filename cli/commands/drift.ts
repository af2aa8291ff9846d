import type { Command } from '../command';
import type { LogTable } from '../../core/io/logTable';
import type { DriftMethod } from '../../core/protocol';
import { resolve } from 'node:path';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, stringFlag } from '../args';
import { readLogFile } from '../../core/io/readLogFile';
import { SightlineInputError } from '../../core/io/errors';
import { detectDrift, DRIFT_METHODS } from '../../core/detect/drift';
import { driftText } from '../format/driftText';

export const driftCommand: Command = {
  name: 'drift',
  summary: 'Compare columns of a current log file with a reference: calibrated tests, effect sizes, reasons',
  flags: withCommonFlags({ values: ['reference', 'current', 'columns', 'method', 'level', 'format'], booleans: ['fail-on-drift'] }),
  help: `Usage: sightline drift --reference R --current C [--columns a,b] [--method m]
                       [--level 0.05] [--format text|json] [--fail-on-drift]

Compares each column the two log files share (CSV, JSON lines, Parquet, Arrow).
By default a column drifts when both hold:
  - its test rejects after Benjamini-Hochberg across the columns at --level
    (numbers: Kolmogorov-Smirnov; categories: chi-squared on the contingency table;
    two categories with small counts: Fisher's exact test), and
  - the 95% interval of its effect size reaches the minimum: 0.1 reference SD of
    Wasserstein distance for numbers, 0.05 total variation distance for categories.
So noise in small files and negligible shifts in large ones are not flagged. Each
column says in words why it was or was not flagged.

Options:
  --reference R        the reference log file
  --current C          the log file to check
  --columns a,b        compare only these columns (default: all shared, except time)
  --method m           ${DRIFT_METHODS.join(', ')}
                       tests (ks, anderson, cvm, chi2, fisher, ztest) keep the rule above;
                       distances (wasserstein, energy: / reference SD; js, psi, kl,
                       hellinger, linf on shared bins) use fixed thresholds and say so;
                       anderson's p-value is capped to [0.001, 0.25] as scipy does
  --level 0.05         significance level for the adjusted p-values
  --format text|json   text for people (default), json: {kind: "drift", version: 1, columns: [...]}
  --fail-on-drift      exit 1 when any column drifted (for CI gates)
  --quiet              no progress on stderr
  --debug              show stack traces for unexpected errors

Exit codes: 0 ok (or drift without --fail-on-drift), 1 drift with --fail-on-drift or an
unexpected error, 2 bad input or usage, 130 interrupted.`,
  async run({ args, progress, signal, stdout, cwd }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    const referencePath = requiredPath(args.flags.get('reference'), 'reference', cwd);
    const currentPath = requiredPath(args.flags.get('current'), 'current', cwd);
    const method = stringFlag(args, 'method') === undefined ? undefined : choiceFlag(args, 'method', DRIFT_METHODS, 'ks');
    const level = parseLevel(stringFlag(args, 'level'));
    const columns = stringFlag(args, 'columns')?.split(',').map((c) => c.trim()).filter((c) => c.length > 0);
    progress.update('reading the reference');
    const reference = await readLogFile(referencePath, { signal });
    progress.update('reading the current data');
    const current = await readLogFile(currentPath, { signal });
    if (columns) assertColumns(columns, reference, current, referencePath, currentPath);
    progress.update('testing columns');
    const result = await detectDrift(
      { table: reference, source: referencePath },
      { table: current, source: currentPath },
      { level, columns, method: method as DriftMethod | undefined, signal },
    );
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : driftText(result, cwd));
    return args.flags.has('fail-on-drift') && result.columns.some((c) => c.drifted) ? 1 : 0;
  },
};

function requiredPath(value: string | true | undefined, name: string, cwd: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`drift needs --${name} <log file>`);
  return resolve(cwd, value);
}

function parseLevel(text: string | undefined): number {
  if (text === undefined) return 0.05;
  const level = Number(text);
  if (!(level > 0 && level < 1)) throw new UsageError(`--level must be a number between 0 and 1 (got "${text}")`);
  return level;
}

function assertColumns(columns: string[], reference: LogTable, current: LogTable, referencePath: string, currentPath: string): void {
  for (const column of columns) {
    const side = !reference.columns.some((c) => c.name === column) ? referencePath : !current.columns.some((c) => c.name === column) ? currentPath : undefined;
    if (side) {
      const available = (side === referencePath ? reference : current).columns.map((c) => c.name).join(', ');
      throw new SightlineInputError('drift.unknown-column', `${side} has no column "${column}"`, {
        file: side,
        column,
        hint: `Columns there: ${available}.`,
      });
    }
  }
}
