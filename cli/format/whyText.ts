import type { LineageDiff, LineageResult, LineageRow, LineageRun, LineageStage, LineageValue } from '../../core/protocol';
import { formatDate, formatDuration } from '../../core/charts/format';
import { displayPath } from './displayPath';

/** A record's lineage as a path: stage by stage, full values where it first appears, then only what changed. */
export function whyText(result: LineageResult, cwd: string): string {
  const when = result.eventTime !== undefined ? `, event time ${instant(result.eventTime)}` : '';
  const out = [`Record "${result.key}" in pipeline ${result.pipeline}${when}`, ''];
  out.push(...pathLines(result, cwd));
  out.push('', ...outcomeText(result));
  const others = result.runs?.filter((r) => !result.stages.some((s) => s.stage === r.component)) ?? [];
  if (others.length) out.push('', 'Other component runs behind the record:', ...others.map((r) => `  ${r.component}: ${runText(r)}`));
  if (result.notes.length) out.push('', 'Notes:', ...result.notes.map((n) => `  - ${n}`));
  return out.join('\n');
}

/** Stage by stage, each present stage with the run of the component of that name; a drop is named where it happens. */
function pathLines(result: LineageResult, cwd: string): string[] {
  const out: string[] = [];
  let lastPresent: string | undefined;
  let dropStage: string | undefined;
  result.stages.forEach((stage, i) => {
    if (i > 0) out.push('│');
    if (stage.status === 'dropped') dropStage ??= stage.stage;
    const [head, ...body] = stageText(stage, cwd, { lastPresent, dropStage });
    const run = stage.present || stage.stage === dropStage ? result.runs?.find((r) => r.component === stage.stage) : undefined;
    out.push(head, ...(run ? [`    run ${runText(run)}`] : []), ...body);
    if (stage.present && stage.role !== 'labels') {
      lastPresent = stage.stage;
      dropStage = undefined;
    }
  });
  return out;
}

function stageText(stage: LineageStage, cwd: string, path: { lastPresent?: string; dropStage?: string }): string[] {
  const name = stage.role ? `${stage.stage} (${stage.role})` : stage.stage;
  switch (stage.status) {
    case 'no-key':
      return [`? ${name}  not searched: no key column`];
    case 'dropped':
      return [path.dropStage === stage.stage ? `✗ ${name}  DROPPED here: ${path.lastPresent} had the record, ${stage.stage} does not` : `✗ ${name}  missing (dropped at ${path.dropStage})`];
    case 'absent':
      return [`○ ${name}  no row for this key`];
    default:
      return [`● ${name}  ${rowsHeader(stage, cwd)}`, ...(stage.diff ? diffText(stage.diff) : valuesText(stage.rows[0]))];
  }
}

function rowsHeader(stage: LineageStage, cwd: string): string {
  const [row] = stage.rows;
  const count = stage.rows.length === 1 ? '1 row' : `${stage.rows.length} ROWS (duplicated key; showing the first)`;
  const time = row.time !== undefined ? ` · ${stage.timeColumn ?? 'time'} ${instant(row.time)}` : '';
  const file = row.file ? ` · ${displayPath(row.file, cwd)}` : '';
  return `${count}${time}${file}`;
}

function valuesText(row: LineageRow): string[] {
  const width = Math.max(...Object.keys(row.values).map((c) => c.length));
  return Object.entries(row.values).map(([column, value]) => `    ${column.padEnd(width)}  ${show(value)}`);
}

function diffText(diff: LineageDiff): string[] {
  const lines = [
    ...diff.changed.map((c) => `    ~ CHANGED  ${c.column}: ${show(c.from)} → ${show(c.to)}`),
    ...diff.nulled.map((c) => `    ∅ NULLED   ${c.column}: ${show(c.value)} → null`),
    ...diff.added.map((c) => `    + added    ${c.column} = ${show(c.value)}`),
  ];
  if (diff.removed.length) lines.push(`    - removed  ${diff.removed.map((c) => c.column).join(', ')}`);
  const same = `${diff.unchanged} column${diff.unchanged === 1 ? '' : 's'} unchanged`;
  const nothing = lines.length === 0 ? ', nothing changed' : '';
  return [`    vs ${diff.against}: ${same}${nothing}`, ...lines];
}

function outcomeText(result: LineageResult): string[] {
  const lines: string[] = [];
  const p = result.prediction;
  if (p) {
    const parts = [p.score !== undefined ? `score ${show(p.score)}` : '', p.class !== undefined ? `class ${show(p.class)}` : '', p.modelVersion !== undefined ? `model ${show(p.modelVersion)}` : ''].filter(Boolean);
    const shadow = p.shadow.length ? ` (shadow: ${p.shadow.map((s) => `${s.column} ${show(s.value)}`).join(', ')})` : '';
    const at = p.time !== undefined ? ` at ${instant(p.time)}` : '';
    lines.push(`Prediction  ${p.stage}: ${parts.join(', ') || 'no prediction columns'}${shadow}${at}`);
  }
  const l = result.label;
  if (l) {
    const at = l.time !== undefined ? `, arrived ${instant(l.time)}` : '';
    const lag = l.lagMs !== undefined ? ` (${formatDuration(Math.abs(l.lagMs))} ${l.lagMs >= 0 ? 'after' : 'BEFORE'} the prediction)` : '';
    lines.push(`Label       ${l.stage}: ${l.column} = ${show(l.value)}${at}${lag}`);
  }
  return lines;
}

/** A stage's run beside its values, so a new code version reads next to the values it produced. */
function runText(run: LineageRun): string {
  const when = run.match === 'next' ? `started after the record, ${instant(run.start)}` : `spanning the record, from ${instant(run.start)}`;
  const version = run.previousVersion === undefined ? 'its first version' : `in use since ${formatDate(run.versionSince, true)}, before: ${run.previousVersion}`;
  return `${run.runId} · code ${run.codeVersion} (${version}) · ${when}`;
}

function instant(ms: number): string {
  return `${formatDate(ms, true)} UTC`;
}

function show(value: LineageValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return String(value);
}
