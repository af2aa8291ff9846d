import type { Command } from '../command';
import type { DriftMethod } from '../../core/protocol';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, stringFlag } from '../args';
import { detectDrift, DRIFT_METHODS } from '../../core/detect/drift';
import { driftText } from '../format/driftText';
import { driftSides } from './driftInputs';
import { assertDriftColumns } from './assertDriftColumns';

export const driftCommand: Command = {
  name: 'drift',
  summary: 'Compare a current log file or time range with a reference: calibrated tests, effect sizes, reasons',
  flags: withCommonFlags({ values: ['reference', 'current', 'stage', 'reference-range', 'current-range', 'columns', 'method', 'level', 'format'], booleans: ['fail-on-drift', 'multivariate'] }),
  help: `Usage: sightline drift --reference R --current C [options]
       sightline drift <sightline.json | folder> [--stage S] [--reference-range A..B]
                       [--current-range C..D] [options]

Compares each column the two sides share: two log files (CSV, JSON lines, Parquet,
Arrow), or two event-time ranges of one pipeline stage (its time column; ranges are
ISO dates or times in UTC unless an offset is given, end exclusive, either side may be
open: 2001-03-01..). The reference range defaults to the manifest's "reference" (a time
range, or reference files of that stage); the current range defaults to everything from
the reference's end on.
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
  --stage S            the pipeline stage to compare (default: the only stage)
  --reference-range A..B  the reference rows of the stage (default: the manifest's reference)
  --current-range C..D    the rows to check (default: from the reference's end on)
  --columns a,b        compare only these columns (default: all shared, except time)
  --method m           ${DRIFT_METHODS.join(', ')}
                       tests (ks, anderson, cvm, chi2, fisher, ztest) keep the rule above;
                       distances (wasserstein, energy: / reference SD; js, psi, kl,
                       hellinger, linf on shared bins) use fixed thresholds and say so;
                       anderson's p-value is capped to [0.001, 0.25] as scipy does
  --level 0.05         significance level for the adjusted p-values
  --multivariate       also test the columns together: a classifier (ridge least squares
                       on the columns and their pairwise products, 5-fold cross-fitted)
                       tries to tell current rows from reference rows; drift when its
                       permutation p-value (200 permutations) is below --level and the 95%
                       interval of its out-of-fold AUC reaches 0.55. Catches changes in
                       how columns relate (a correlation that flips) that no single
                       column shows. Uses at most 5000 rows per side (a seeded sample).
  --format text|json   text for people (default), json: {kind: "drift", version: 1, columns: [...]}
  --fail-on-drift      exit 1 when any column (or, with --multivariate, the joint test) drifted
  --engine NAME        arquero (in memory), duckdb (files read in place) or
                       clickhouse (tables); default: the manifest's engine
  --quiet              no progress on stderr
  --debug              show stack traces for unexpected errors

Exit codes: 0 ok (or drift without --fail-on-drift), 1 drift with --fail-on-drift or an
unexpected error, 2 bad input or usage, 130 interrupted.`,
  async run({ args, progress, signal, stdout, cwd }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const method = stringFlag(args, 'method') === undefined ? undefined : choiceFlag(args, 'method', DRIFT_METHODS, 'ks');
    const level = parseLevel(stringFlag(args, 'level'));
    const columns = stringFlag(args, 'columns')?.split(',').map((c) => c.trim()).filter((c) => c.length > 0);
    const { reference, current } = await driftSides({ args, cwd, signal, progress: (m, d, t) => progress.update(m, d, t) });
    if (columns) await assertDriftColumns(columns, reference, current);
    progress.update('testing columns');
    const multivariate = args.flags.has('multivariate');
    if (multivariate) progress.update('training the domain classifier and its permutations');
    const result = await detectDrift(reference, current, { level, columns, method: method as DriftMethod | undefined, multivariate, signal });
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : driftText(result, cwd));
    const drifted = result.columns.some((c) => c.drifted) || result.multivariate?.drifted === true;
    return args.flags.has('fail-on-drift') && drifted ? 1 : 0;
  },
};

function parseLevel(text: string | undefined): number {
  if (text === undefined) return 0.05;
  const level = Number(text);
  if (!(level > 0 && level < 1)) throw new UsageError(`--level must be a number between 0 and 1 (got "${text}")`);
  return level;
}
