import { formatCount, formatInstant, formatOnset } from '../../core/charts';
import type { StageLoss, TraceIncident } from '../../core/protocol';

/** An incident in words, line by line, for its list entry (pure, so it is tested without a DOM). */
export interface IncidentText {
  /** "ingest.amount" ("ingest" for a stage-level alert). */
  where: string;
  kind: string;
  /** "onset 2024-02-10 (2024-02-09 – 2024-02-11)". */
  onset: string;
  /** "reached clean.amount (2024-02-10), features (2024-02-11)", or none. */
  downstream?: string;
  /** The runs and code versions that began at the onset. */
  began?: string;
  subpopulation?: string;
}

export function incidentText(incident: TraceIncident): IncidentText {
  const [from, to] = incident.onsetInterval;
  const interval = from === to ? '' : ` (interval ${formatOnset(from, to)})`;
  const method = incident.onsetMethod === 'first-flagged' ? ', first flagged window' : '';
  const text: IncidentText = {
    where: columnAt(incident.firstStage, incident.column),
    kind: incident.rootKind,
    onset: `onset ${formatInstant(incident.onset)}${interval}${method}`,
  };
  if (incident.downstream.length) text.downstream = `reached ${incident.downstream.map((d) => `${columnAt(d.stage, d.column)} (${formatInstant(d.onset)})`).join(', ')}`;
  const began = (incident.runs ?? []).filter((r) => r.versionBeganAtOnset);
  if (began.length) text.began = began.map((r) => `${r.codeVersion} began at the onset${r.previousCodeVersion ? ` (was ${r.previousCodeVersion})` : ''}: run ${r.runId} of ${r.component}`).join('; ');
  else if (incident.runs?.length) text.began = `no code version began at the onset; runs upstream: ${incident.runs.slice(0, 3).map((r) => `${r.runId} (${r.codeVersion})`).join(', ')}`;
  if (incident.subpopulation) text.subpopulation = `concentrated in ${incident.subpopulation.description}`;
  return text;
}

export function columnAt(stage: string, column: string): string {
  return column === '*' ? stage : `${stage}.${column}`;
}

/** "1.2k" style counts for the arrows of the stage graph. */
export function compactCount(n: number): string {
  if (n < 1000) return formatCount(n);
  if (n < 1_000_000) return `${Number((n / 1000).toPrecision(2))}k`;
  return `${Number((n / 1_000_000).toPrecision(2))}M`;
}

/** The arrow label into each downstream stage: records dropped, nulled or changed on the way in. */
export function lossLabels(losses: readonly StageLoss[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const loss of losses) {
    const parts = [loss.dropped ? `−${compactCount(loss.dropped)}` : '', loss.nulled + loss.changed ? `Δ${compactCount(loss.nulled + loss.changed)}` : ''].filter(Boolean);
    if (parts.length) labels.set(loss.to, parts.join(' '));
  }
  return labels;
}
