import { bucketLabel, formatCount, formatPercent } from '../charts/format';
import type { IncidentRun, StageLoss, TraceIncident, TraceResult } from '../protocol';

type Bucket = TraceResult['bucket'];

export const INCIDENT_HEADERS: readonly (readonly [string, boolean])[] = [
  ['#', true],
  ['First stage.column', false],
  ['Kind', false],
  ['Onset [interval]', false],
  ['Downstream', false],
  ['Runs', false],
];

/** One incident's cells in INCIDENT_HEADERS order; `rank` counts from 1. */
export function incidentCells(incident: TraceIncident, rank: number, bucket: Bucket): string[] {
  return [
    String(rank),
    `${incident.firstStage}.${incident.column}`,
    incident.rootKind,
    onsetText(incident, bucket),
    incident.downstream.map((d) => `${d.stage}.${d.column} from ${bucketLabel(d.onset, bucket)}`).join(', ') || '–',
    runsText(incident.runs),
  ];
}

export function onsetText(incident: TraceIncident, bucket: Bucket): string {
  const [from, to] = incident.onsetInterval;
  const interval = from === to ? bucketLabel(from, bucket) : `${bucketLabel(from, bucket)} – ${bucketLabel(to, bucket)}`;
  return `${bucketLabel(incident.onset, bucket)} [${interval}]`;
}

/** The runs whose code version began at the onset, else the versions in the lineage. */
export function runsText(runs: IncidentRun[] | undefined): string {
  if (!runs) return '–';
  const began = runs.filter((r) => r.versionBeganAtOnset);
  if (began.length) return began.map((r) => `${r.component} ${r.codeVersion} began (after ${r.previousCodeVersion ?? 'none'})`).join('; ');
  return runs.length ? `no new version (${[...new Set(runs.map((r) => r.codeVersion))].join(', ')})` : 'no run found';
}

export const LOSS_HEADERS: readonly (readonly [string, boolean])[] = [
  ['From → to', false],
  ['Records', true],
  ['Dropped', true],
  ['Nulled', true],
  ['Changed', true],
  ['Jumps', true],
];

export function lossCells(l: StageLoss): string[] {
  return [`${l.from} → ${l.to}`, formatCount(l.upstream), share(l.dropped, l.upstream), share(l.nulled, l.upstream), share(l.changed, l.upstream), String(l.alerts.length)];
}

export function traceSummary(result: TraceResult): string {
  const n = result.incidents.length;
  return `${result.alerts.length} alerts and warnings in ${n} incident${n === 1 ? '' : 's'} · ${result.bucket} windows · ${result.stageLoss.length} stage pair${result.stageLoss.length === 1 ? '' : 's'} joined by key`;
}

function share(count: number, of: number): string {
  return `${formatCount(count)} (${formatPercent(of ? count / of : 0)})`;
}
