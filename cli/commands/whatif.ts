import { rowTables } from '../../core/engine/rowTables';
import type { Command } from '../command';
import type { TimeBucketName } from '../../core/protocol/messages';
import { withCommonFlags } from '../command';
import { UsageError, choiceFlag, stringFlag, type ParsedArgs, engineOption } from '../args';
import { parseIsoTime } from '../../core/io/parseTime';
import { openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { pipelineWhatIf } from '../../core/react/pipeline/pipelineWhatIf';
import { parseWhere } from '../../core/react/pipeline/parseWhere';
import { whatIfRequestOf, wholeFlag } from './whatifRequest';
import { whatIfText } from '../format/whatifText';

export const whatifCommand: Command = {
  name: 'whatif',
  summary: 'Simulate a remediation on the logged data (threshold, recalibration, fallback, rollback, repair, retraining schedule), with intervals',
  flags: withCommonFlags({
    values: ['remediation', 'objective', 'per-slice', 'min-labeled', 'method', 'window', 'fit-windows', 'where', 'action', 'current', 'previous', 'start', 'end', 'stage', 'column', 'with', 'upstream-stage', 'model', 'policy', 'retrain-cost', 'label-lag-days', 'age-unit', 'costs', 'group-by', 'replicates', 'format'],
    booleans: [],
  }),
  help: `Usage: sightline whatif <sightline.json|folder> --remediation threshold|recalibrate|fallback|rollback|repair|schedule [options]

Simulates a remediation on the logged predictions and their labels (the earliest label per
record key) and reports each metric before and after on the same labeled records, with
intervals, the paired difference and a verdict: helps or hurts only when the difference's
interval excludes 0, otherwise no clear change. Whatever is fitted (a threshold, a
calibrator) is fitted on earlier windows and scored on the next, rolling through the logs.

Remediations:
  threshold     a new decision threshold, global or per slice
    --objective f1|precision:0.9|recall:0.8|cost:fp=1,fn=5   (default f1)
    --per-slice <column> --min-labeled N  one threshold per value of an upstream column,
                                          for values with >= N labeled records (default 200)
  recalibrate   --method platt|isotonic|prior (default platt); decided at the rule in place
  fallback      --where "col=value,..." --action negative|positive|review (default review):
                route the slice to a fixed decision or to people (left out of the metrics)
  rollback      --current v2 --previous v1 (default: the latest version and the one before):
                the previous version's shadow scores on the same records; without shadow
                scores each version on its own time window, which is confounded by drift
  repair        --stage S --column C --with impute|upstream|clip|drop [--upstream-stage U]
                replace the column on the records --where selects and re-score them with
                the model files the manifest names (predictions.models)
    --model file.onnx    re-score every record with this one ONNX file instead
  schedule      --policy never|every:N|on-drift (default every:7) --retrain-cost N (default 0)
                replay retraining schedules over the logged history from accuracy measured
                against model age on the logged versions (an approximation, stated in the
                assumptions); every policy is replayed, the chosen one gives the verdict.
                Needs at least 2 model versions with labels on their first and later days.
    --label-lag-days N   a model retrained at t learns labels up to t - N days (default 0)
    --age-unit week|day  measure accuracy against model age by week (default: each span
                         holds every weekday once) or day by day (weekly patterns leak in)
    --costs fp=1,fn=5    price errors, so each policy gets a total cost (errors + retraining)

Options:
  --where "col=value,col2=value"  only these records (for fallback: the slice to route);
                                  values as sightline slices prints them, e.g. "dep_delay=[15, 60)"
  --group-by col1,col2     slice columns to break the primary metric down by (bySlice)
  --window day|week        backtest window (default day; a schedule replays days)
  --fit-windows N          labeled windows each fit uses (default 1)
  --start / --end          ISO dates or times: predictions with event time in [start, end)
  --replicates 1000        bootstrap replicates per interval (fewer is faster and coarser)
  --format text|json       text for people (default), json: {kind: "whatif", version: 1,
                           before, after, difference, coverage, recordsChanged, assumptions, export,
                           overTime, bySlice; a schedule adds schedule: {ageCurve, outcomes, labelLagDays}}
  --engine NAME            arquero (in memory), duckdb (files read in place) or
                           clickhouse (tables); default: the manifest's engine
  --quiet                  no progress on stderr
  --debug                  show stack traces for unexpected errors

Exit codes: 0 ok, 2 bad input or usage, 1 unexpected error, 130 interrupted.`,
  async run({ args, progress, signal, stdout }) {
    const format = choiceFlag(args, 'format', ['text', 'json'] as const, 'text');
    const [target, ...extra] = args.positionals;
    if (!target) throw new UsageError('whatif needs a sightline.json or a folder holding one');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const request = whatIfRequestOf(args);
    const whereText = stringFlag(args, 'where');
    const options = {
      where: whereText === undefined ? undefined : parseWhere(whereText),
      bucket: choiceFlag(args, 'window', ['day', 'week'] as const, 'day') as TimeBucketName,
      fitWindows: wholeFlag(args, 'fit-windows', 1),
      replicates: wholeFlag(args, 'replicates', 100),
      ...groupByFlag(args),
      ...timeFlags(args),
    };
    const pipeline = openPipeline(target, engineOption(args));
    const opened = await openEngine(pipeline, { signal, onProgress: (m, d, t) => progress.update(m, d, t) });
    const result = await pipelineWhatIf(opened.pipeline, rowTables(opened, 'A what-if'), request, { ...options, signal, onProgress: (m, d, t) => progress.update(m, d, t) });
    progress.done();
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : whatIfText(result));
    return 0;
  },
};

function groupByFlag(args: ParsedArgs): { groupBy?: string[] } {
  const text = stringFlag(args, 'group-by');
  if (text === undefined) return {};
  const groupBy = text.split(',').map((c) => c.trim());
  if (groupBy.some((c) => c === '')) throw new UsageError(`--group-by must be column names separated by commas, e.g. --group-by origin_state,carrier (got "${text}")`);
  return { groupBy };
}

function timeFlags(args: ParsedArgs): { start?: number; end?: number } {
  const out: { start?: number; end?: number } = {};
  for (const name of ['start', 'end'] as const) {
    const text = stringFlag(args, name);
    if (text === undefined) continue;
    const t = parseIsoTime(text.trim());
    if (Number.isNaN(t)) throw new UsageError(`--${name} must be an ISO date or time, e.g. 2001-04-15 (got "${text}")`);
    out[name] = t;
  }
  if (out.start !== undefined && out.end !== undefined && out.end <= out.start) throw new UsageError('--end must come after --start (the end is exclusive)');
  return out;
}
