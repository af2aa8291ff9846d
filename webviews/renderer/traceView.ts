import { BUCKET_MS } from '../../core/protocol/messages';
import { INCIDENT_HEADERS, LOSS_HEADERS, incidentCells, lossCells } from '../../core/report/traceCells';
import type { StageLoss, TraceIncident, TraceResult } from '../../core/protocol';
import { el } from '../shared/elements';
import { cellTable } from './cellTable';
import { drillHint, notesList, type AddFigure, type Drill } from './diagnosisParts';
import { runsSection } from './runsSection';

/**
 * A trace result: incidents (first stage and column, onset with its interval, downstream stages,
 * runs), the component runs ranked by the flagged outputs downstream of them, then the records
 * lost or altered between consecutive stages. A click on an incident inserts a cell that follows
 * a record of its onset window through every stage.
 */
export async function traceView(result: TraceResult, root: HTMLElement, addFigure: AddFigure, drill: Drill): Promise<void> {
  root.append(el('h4', { text: 'Incidents, earliest onset first' }));
  root.append(result.incidents.length ? incidentTable(result, drill) : el('p', { text: 'No alerts or warnings, so nothing to trace.' }));
  root.append(...drillHint(drill && result.incidents.length ? drill : undefined, 'Select an incident to insert a cell that follows a record of its onset window through every stage.'));
  root.append(...runsSection(result));
  if (result.stageLoss.length) {
    root.append(el('h4', { text: 'Records lost or altered between consecutive stages' }));
    root.append(cellTable('sl-loss', LOSS_HEADERS, result.stageLoss.map((l) => ({ cells: lossCells(l), options: { className: lossClass(l) } }))));
    await addFigure('trace.recordLoss', 'Records lost or altered per stage pair', () => undefined);
  }
  root.append(...notesList(result.notes));
}

function incidentTable(result: TraceResult, drill: Drill): HTMLElement {
  return cellTable(
    'sl-incidents',
    INCIDENT_HEADERS,
    result.incidents.map((incident, i) => ({
      cells: incidentCells(incident, i + 1, result.bucket),
      options: {
        className: incident.subpopulation ? 'sl-sub' : undefined,
        label: incident.subpopulation ? `Concentrated in ${incident.subpopulation.description}` : `Insert a cell following a record of ${incident.firstStage} from ${incident.column}'s onset`,
        onOpen: drill && (() => drill(incidentDrill(result, incident, i + 1))),
      },
    })),
  );
}

function incidentDrill(result: TraceResult, incident: TraceIncident, rank: number) {
  return {
    kind: 'incident' as const,
    source: result.source,
    rank,
    stage: incident.firstStage,
    column: incident.column,
    start: incident.onset,
    end: incident.onset + BUCKET_MS[result.bucket],
    nulls: incident.rootKind === 'nulls',
  };
}

function lossClass(l: StageLoss): string | undefined {
  return l.alerts.some((a) => a.severity === 'alert') ? 'sl-loss-alert' : l.alerts.length ? 'sl-loss-warn' : undefined;
}
