import type { Command } from '../command';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, engineOption } from '../args';
import { openPipeline } from '../../core/io/openPipeline';
import { openLineage } from '../../core/diagnose/lineage';
import { whyText } from '../format/whyText';

export const whyCommand: Command = {
  name: 'why',
  summary: "Follow one record by key through every stage: values, what changed, prediction, label, runs",
  flags: withCommonFlags({ values: ['format'], booleans: [] }),
  help: `Usage: sightline why <sightline.json | folder> <key> [--format text|json]

Finds the record whose key (the manifest's "key" column) equals <key> in every stage and
shows its path through the pipeline in stage order:
  - its row(s) at each stage with the stage's time; a stage with several rows for the key
    says so, a stage that lacks a record its upstream stage had is marked DROPPED
    (e.g. by an inner join),
  - between consecutive stages that have it, the same-named columns that CHANGED, were
    NULLED, were added or removed,
  - its prediction (score, class, model version, shadow columns), its label and when it
    arrived (lag from the prediction time),
  - with a runs log, the run of each component behind it: the run whose time span covers
    the record's event time, else the first run to start after it (a batch), with the code
    version and since when that version ran.
Keys are compared as text and are case-sensitive.

Options:
  --format text|json   text for people (default), json: {kind: "lineage", version: 1, stages: [...]}
  --engine NAME        arquero (in memory), duckdb (files read in place) or
                       clickhouse (tables); default: the manifest's engine
  --quiet              no progress on stderr
  --debug              show stack traces for unexpected errors

Exit codes: 0 ok, 1 an unexpected error, 2 bad input or usage (unknown key, no key in the
manifest), 130 interrupted.`,
  async run({ args, progress, signal, stdout, cwd }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const [target, key, ...extra] = args.positionals;
    if (!target || key === undefined) throw new UsageError('why needs a sightline.json (or folder) and a record key');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const index = await openLineage(openPipeline(target, engineOption(args)), { signal, onProgress: (m, d, t) => progress.update(m, d, t) });
    const result = index.lookup(key);
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : whyText(result, cwd));
    return 0;
  },
};
