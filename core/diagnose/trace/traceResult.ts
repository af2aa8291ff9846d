import type { MonitorResult } from '../../protocol/monitor';
import type { StageLoss, TraceAlert, TraceResult } from '../../protocol/trace';
import { BUCKET_MS } from '../../protocol';
import type { RunLineage } from './runLineage';
import type { StageOutput } from './flaggedOutputs';
import { distinctOutputs } from './flaggedOutputs';
import { alertOnset } from './onset';
import { alertLinks } from './alertLinks';
import { groupIncidents } from './groupIncidents';
import { alertSeries } from './figureSeries';
import { runsRanking } from './runsRanking';
import { incidentRuns } from './incidentRuns';

export interface TraceInput {
  monitor: MonitorResult;
  /** Stage names in pipeline order. */
  stages: string[];
  stageLoss: StageLoss[];
  lineage?: RunLineage;
  notes?: string[];
}

/** The trace of a monitor result: incidents across stages with roots, onsets and, with a runs log, runs. */
export function traceResult(input: TraceInput): TraceResult {
  const { monitor } = input;
  const windowMs = BUCKET_MS[monitor.bucket];
  const alerts = monitor.alerts;
  const onsets = alerts.map((a) => alertOnset(monitor, a));
  const links = alertLinks({ alerts, stages: input.stages, windowMs, stageLoss: input.stageLoss });
  const groups = groupIncidents(alerts, links, input.stages, onsets);
  const flaggedOf = alerts.map((a) => flaggedWindows(monitor, a));
  const incidentOf = new Map<number, number>();
  groups.forEach((g, k) => g.members.forEach((i) => incidentOf.set(i, k)));
  const lineage = input.lineage;
  if (lineage) {
    const stageWindows = new Map(monitor.stages.map((s) => [s.stage, s.windows.map((w) => w.start)]));
    for (const g of groups) {
      const flagged = distinctOutputs(g.members.flatMap((i) => flaggedOf[i]));
      g.incident.runs = incidentRuns({ lineage, stage: g.incident.firstStage, onset: onsets[g.root], flagged, stageWindows, windowMs });
    }
  }
  const traced: TraceAlert[] = alerts.map((a, i) => {
    const g = groups[incidentOf.get(i)!];
    return { id: a.id, kind: a.kind, stage: a.stage, column: a.column, severity: a.severity, flaggedFrom: a.onset, ...onsets[i], incident: incidentOf.get(i)!, firstStage: g.incident.firstStage, firstColumn: g.incident.column };
  });
  return {
    kind: 'trace',
    version: 1,
    pipeline: monitor.pipeline,
    source: monitor.source,
    bucket: monitor.bucket,
    reference: monitor.reference,
    stages: input.stages,
    incidents: groups.map((g) => g.incident),
    alerts: traced,
    stageLoss: input.stageLoss,
    ...(lineage ? { runsRanking: runsRanking(lineage, distinctOutputs(flaggedOf.flat()), allOutputs(monitor), windowMs) } : {}),
    notes: [...(monitor.notes ?? []), ...(input.notes ?? [])],
  };
}

function flaggedWindows(monitor: MonitorResult, alert: MonitorResult['alerts'][number]): StageOutput[] {
  const series = alertSeries(monitor, alert);
  return series.starts.filter((_, i) => series.flagged[i]).map((start) => ({ stage: alert.stage, start }));
}

function allOutputs(monitor: MonitorResult): StageOutput[] {
  return monitor.stages.flatMap((s) => s.windows.map((w) => ({ stage: s.stage, start: w.start })));
}
