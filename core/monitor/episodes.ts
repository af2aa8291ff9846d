import type { AlertKind, AlertSubpopulation, MonitorAlert } from './types';

/** One window's finding for one stage, column and kind. */
export interface WindowFinding {
  kind: AlertKind;
  stage: string;
  column: string;
  /** Position of the window in the stage's window list: consecutive positions merge. */
  index: number;
  start: number;
  severity: 'warn' | 'alert';
  score: number;
  evidence: string;
  subpopulation?: AlertSubpopulation;
}

/**
 * One alert per episode: findings of the same stage, column and kind merge when at most
 * `maxGap` quiet windows lie between them (0: only consecutive windows), so a change that
 * hovers at the threshold is one alert, not one per crossing. The episode keeps its first and
 * last window, its worst severity and the evidence of its highest-scoring window; `windows`
 * counts the flagged windows.
 */
export function mergeEpisodes(findings: WindowFinding[], maxGap = 0): MonitorAlert[] {
  const sorted = [...findings].sort((a, b) => keyOf(a).localeCompare(keyOf(b)) || a.index - b.index);
  const alerts: MonitorAlert[] = [];
  let open: { alert: MonitorAlert; lastIndex: number; key: string } | undefined;
  for (const f of sorted) {
    if (open && open.key === keyOf(f) && f.index - open.lastIndex - 1 <= maxGap) {
      extend(open.alert, f);
      open.lastIndex = f.index;
      continue;
    }
    open = { alert: startAlert(f), lastIndex: f.index, key: keyOf(f) };
    alerts.push(open.alert);
  }
  return alerts
    .sort((a, b) => a.onset - b.onset || a.stage.localeCompare(b.stage) || a.column.localeCompare(b.column))
    .map((a, i) => ({ ...a, id: `${a.kind}:${a.stage}:${a.column}:${new Date(a.onset).toISOString()}#${i + 1}` }));
}

function keyOf(f: WindowFinding): string {
  return `${f.stage}\u0000${f.column}\u0000${f.kind}`;
}

function startAlert(f: WindowFinding): MonitorAlert {
  const alert: MonitorAlert = { id: '', kind: f.kind, stage: f.stage, column: f.column, onset: f.start, last: f.start, windows: 1, severity: f.severity, score: f.score, evidence: f.evidence };
  if (f.subpopulation) alert.subpopulation = f.subpopulation;
  return alert;
}

function extend(alert: MonitorAlert, f: WindowFinding): void {
  alert.last = f.start;
  alert.windows++;
  if (f.severity === 'alert') alert.severity = 'alert';
  if (f.score > alert.score) {
    alert.score = f.score;
    alert.evidence = f.evidence;
    // The slice named must be the one of the window the evidence describes.
    if (f.subpopulation) alert.subpopulation = f.subpopulation;
    else delete alert.subpopulation;
  }
}
