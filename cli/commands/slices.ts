import type { Command } from '../command';
import type { ErrorSpec } from '../../core/diagnose/slices';
import type { SlicesResult } from '../../core/protocol';
import { resolve } from 'node:path';
import { isPipelineTarget, openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { openedSlices } from '../../core/diagnose/slices/openedSlices';
import { parseTimeRange } from '../timeRange';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, stringFlag, type ParsedArgs, engineOption } from '../args';
import { readLogFile } from '../../core/io/readLogFile';
import { findSlices, DEFAULT_SLICE_OPTIONS } from '../../core/diagnose/slices';
import { slicesText } from '../format/slicesText';

export const slicesCommand: Command = {
  name: 'slices',
  summary: 'Find the slices of the data where the error is worst (exact SliceLine search with significance)',
  flags: withCommonFlags({ values: ['data', 'error', 'label', 'prediction', 'features', 'max-level', 'k', 'alpha', 'min-support', 'bins', 'format', 'range'], booleans: [] }),
  help: `Usage: sightline slices --data <file> (--error <column> | --label L --prediction P) [options]
       sightline slices <sightline.json | folder> [--range A..B] [--engine NAME] [options]

Finds the top-K slices (conjunctions of feature = value, at most one per feature) whose
mean error is much worse than the rest, scored as SliceLine does:
  score = alpha * (slice error / overall error - 1) - (1 - alpha) * (rows / slice size - 1)
The search is exact (the same top-K as trying every conjunction). Numeric features are
cut into quantile bins, missing values are their own "(missing)" value, categories keep
their ${DEFAULT_SLICE_OPTIONS.maxCategories} most frequent values and an "(other)" bin. Each slice has its error with a
95% interval, a test against the rest of the rows and a Benjamini-Hochberg adjusted
p-value over every slice evaluated; a refinement whose error stays within ${DEFAULT_SLICE_OPTIONS.foldTolerance * 100}% of its
parent's is marked as folded into it. Small slices (>= ${DEFAULT_SLICE_OPTIONS.smallFloor} rows) that are significantly
worse but pushed out by the size penalty are listed separately when they are also worse
than each slice they refine (Bonferroni over every slice evaluated).

On a pipeline, the error is the predicted class against the earliest label of each record,
and the features are the model version and the upstream stages' columns joined by record
key. On DuckDB and ClickHouse the join and every search level run in the database (one
query per level); only counts come back, and the result is the in-memory one.

Options:
  --data <file>        the log file (CSV, JSON lines, Parquet, Arrow)
  --error <column>     a per-row error: 0/1 or a non-negative loss
  --label L --prediction P
                       error = label != prediction (0/1 or text), or |label - prediction|
                       when they are numbers other than 0/1
  --features a,b       slice by these columns (default: all others except times, ids,
                       constants and the error's own columns; the result says which and why)
  --max-level 3        at most this many predicates per slice
  --k 10               how many slices to return
  --alpha 0.95         weight of the error against the size in the score, in (0, 1]
  --min-support N      smallest slice size (default: max(32, rows / 100))
  --bins 10            quantile bins per numeric feature
  --range A..B         a pipeline's predictions with event time in [A, B) (ISO dates or times)
  --engine NAME        a pipeline on arquero (in memory), duckdb (files read in place) or
                       clickhouse (tables); default: the manifest's engine
  --format text|json   text for people (default), json: {kind: "slices", version: 1, slices: [...]}
  --quiet              no progress on stderr
  --debug              show stack traces for unexpected errors

Exit codes: 0 ok, 2 bad input or usage, 1 unexpected error, 130 interrupted.`,
  async run({ args, progress, signal, stdout, cwd }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const data = stringFlag(args, 'data') ?? args.positionals[0];
    if (!data) throw new UsageError('give a log file with --data <file>, or a pipeline: sightline slices <sightline.json | folder>');
    const options = {
      features: stringFlag(args, 'features')?.split(',').map((c) => c.trim()).filter((c) => c.length > 0),
      maxLevel: intFlag(args, 'max-level', 1),
      k: intFlag(args, 'k', 1),
      alpha: numberFlag(args, 'alpha', (x) => x > 0 && x <= 1, 'a number in (0, 1]'),
      minSupport: intFlag(args, 'min-support', 1),
      bins: intFlag(args, 'bins', 2),
    };
    const print = (result: SlicesResult) => stdout(format === 'json' ? JSON.stringify(result, null, 2) : slicesText(result, cwd));
    if (stringFlag(args, 'data') === undefined && isPipelineTarget(resolve(cwd, data))) {
      if (args.flags.has('error') || args.flags.has('label') || args.flags.has('prediction')) throw new UsageError("a pipeline's error is its predictions against its labels; --error, --label and --prediction apply to a log file");
      const range = stringFlag(args, 'range');
      const opened = await openEngine(openPipeline(resolve(cwd, data), engineOption(args)), { signal, onProgress: (m, d, t) => progress.update(m, d, t) });
      try {
        progress.update(`searching slices${opened.engine.sliceRelation ? ` in ${opened.engine.name}` : ''}`);
        const result = await openedSlices(opened, { ...options, ...(range === undefined ? {} : parseTimeRange(range, 'range')), signal });
        progress.done();
        print(result);
      } finally {
        await opened.engine.close?.();
      }
      return 0;
    }
    const engine = engineOption(args).engine;
    if (engine && engine !== 'arquero') throw new UsageError(`slices searches one log file in memory; --engine ${engine} applies to a pipeline (sightline slices <folder>)`);
    if (stringFlag(args, 'range') !== undefined) throw new UsageError('--range cuts a pipeline\'s predictions by event time; filter a log file before slicing it');
    const errorSpec = errorSpecOf(args);
    progress.update(`reading ${data}`);
    const table = await readLogFile(resolve(cwd, data), { signal });
    progress.update('searching slices');
    const result = findSlices(table, errorSpec, { ...options, source: resolve(cwd, data), signal });
    progress.done();
    print(result);
    return 0;
  },
};

function errorSpecOf(args: ParsedArgs): ErrorSpec {
  const error = stringFlag(args, 'error');
  const label = stringFlag(args, 'label');
  const prediction = stringFlag(args, 'prediction');
  if (error !== undefined && (label !== undefined || prediction !== undefined)) throw new UsageError('give either --error or --label with --prediction, not both');
  if (error !== undefined) return { error };
  if (label === undefined || prediction === undefined) throw new UsageError('give --error <column>, or both --label L and --prediction P');
  return { label, prediction };
}

function intFlag(args: ParsedArgs, name: string, min: number): number | undefined {
  return numberFlag(args, name, (x) => Number.isInteger(x) && x >= min, `a whole number >= ${min}`);
}

function numberFlag(args: ParsedArgs, name: string, ok: (x: number) => boolean, want: string): number | undefined {
  const text = stringFlag(args, name);
  if (text === undefined) return undefined;
  const x = Number(text);
  if (text.trim() === '' || !ok(x)) throw new UsageError(`--${name} must be ${want} (got "${text}")`);
  return x;
}

