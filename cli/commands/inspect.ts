import type { Command } from '../command';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, engineOption } from '../args';
import { openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { inspectPipeline } from '../../core/inspect/inspect';
import { inspectText } from '../format/inspectText';

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Show each stage: files, rows, columns, time span, null rates, label coverage and lag',
  flags: withCommonFlags({ values: ['format'], booleans: [] }),
  help: `Usage: sightline inspect <sightline.json | folder | log file> [--format text|json]

Reads the pipeline's logs and prints, per stage, the files, row count, columns with
their types and null rates, the time span, and (for the predictions stage) label
coverage and label lag. A single log file without a manifest is read as a one-stage
pipeline, and Sightline says what it guessed.

Options:
  --format text|json   text for people (default), json for scripts: an
                       {kind: "inspect", version: 1, stages: [...]} object
  --engine NAME        arquero (in memory), duckdb (files read in place) or
                       clickhouse (tables); default: the manifest's engine
  --quiet              no progress on stderr
  --debug              show stack traces for unexpected errors

Exit codes: 0 ok, 2 bad input or usage, 1 unexpected error, 130 interrupted.`,
  async run({ args, progress, signal, stdout, cwd }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const [target, ...extra] = args.positionals;
    if (!target) throw new UsageError('inspect needs a sightline.json, a folder or a log file');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const opened = await openEngine(openPipeline(target, engineOption(args)), { signal, onProgress: (m, d, t) => progress.update(m, d, t) });
    progress.update('computing column profiles and label coverage');
    const result = await inspectPipeline(opened.pipeline, opened.engine);
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : inspectText(result, cwd));
    return 0;
  },
};
