import type { AlertKind, MonitorAlert } from './types';

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
}

/**
 * One alert per episode: findings of the same stage, column and kind in consecutive windows
 * merge; the episode keeps its first and last window, its worst severity and the evidence of
 * its highest-scoring window.
 */
export function mergeEpisodes(findings: WindowFinding[]): MonitorAlert[] {
  const sorted = [...findings].sort((a, b) => keyOf(a).localeCompare(keyOf(b)) || a.index - b.index);
  const alerts: MonitorAlert[] = [];
  let open: { alert: MonitorAlert; lastIndex: number; key: string } | undefined;
  for (const f of sorted) {
    if (open && open.key === keyOf(f) && f.index === open.lastIndex + 1) {
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
  return { id: '', kind: f.kind, stage: f.stage, column: f.column, onset: f.start, last: f.start, windows: 1, severity: f.severity, score: f.score, evidence: f.evidence };
}

function extend(alert: MonitorAlert, f: WindowFinding): void {
  alert.last = f.start;
  alert.windows++;
  if (f.severity === 'alert') alert.severity = 'alert';
  if (f.score > alert.score) {
    alert.score = f.score;
    alert.evidence = f.evidence;
  }
}
