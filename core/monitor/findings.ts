import type { ScoredFigure, StageMonitor, StageWindowFigures, ThresholdRule } from './types';
import { ALERT_Z } from './robustRule';
import type { WindowFinding } from './episodes';

const day = (t: number): string => new Date(t).toISOString().slice(0, 16).replace('T00:00', '').replace('T', ' ');
const pct = (v: number): string => `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%`;

/** The warn and alert windows of a stage outside its reference, with their evidence in words. */
export function stageFindings(monitor: StageMonitor): WindowFinding[] {
  const findings: WindowFinding[] = [];
  monitor.windows.forEach((window, index) => {
    if (window.reference) return;
    const at = { stage: monitor.stage, index, start: window.start };
    const volumeRule = monitor.thresholds['*']?.volume;
    if (volumeRule) pushScored(findings, { ...at, kind: 'volume', column: '*' }, window.volume, volumeEvidence(window, volumeRule));
    for (const [column, f] of Object.entries(window.columns)) {
      const rules = monitor.thresholds[column] ?? {};
      const place = { ...at, column };
      if (f.absent) {
        findings.push({ ...place, kind: 'schema', severity: 'alert', score: ALERT_Z, evidence: `no value of ${column} in the ${window.rows} rows of ${day(window.start)}, while every reference window had values (column missing from the files, or emptied)` });
        continue;
      }
      pushScored(findings, { ...place, kind: 'nulls' }, f.nullRate, shareEvidence('null rate', f.nullRate, rules.nulls, window));
      if (f.outOfRange) {
        const range = monitor.ranges[column];
        pushScored(findings, { ...place, kind: 'out-of-range' }, f.outOfRange, `${shareEvidence('share outside the reference range', f.outOfRange, rules['out-of-range'], window)}; reference [min, max] = [${range.lo}, ${range.hi}]`);
      }
      if (f.unseen) pushScored(findings, { ...place, kind: 'unseen-category' }, f.unseen, shareEvidence('share of categories unseen in the reference', f.unseen, rules['unseen-category'], window));
      if (f.drift) pushDrift(findings, place, f.drift, monitor, window);
      const s = f.summary;
      const severity = s?.decision;
      if (s && severity && severity !== 'ok') {
        const top = window.drillDown.map((d) => `${d.column} (${d.statistic}, z=${d.score.toFixed(1)})`).join(', ');
        findings.push({ ...place, kind: 'summary-shift', severity, score: s.score, evidence: `${s.statistic} of ${column} is ${fmt(s.value)} in ${day(window.start)} against a median of ${fmt(s.baseline)} in earlier windows (robust z = ${s.score.toFixed(1)}); columns that moved most: ${top}` });
      }
    }
  });
  return findings;
}

function pushScored(findings: WindowFinding[], at: Omit<WindowFinding, 'severity' | 'score' | 'evidence'>, figure: ScoredFigure, evidence: string): void {
  if (figure.decision === 'ok') return;
  findings.push({ ...at, severity: figure.decision, score: figure.score, evidence });
}

function pushDrift(findings: WindowFinding[], place: Omit<WindowFinding, 'kind' | 'severity' | 'score' | 'evidence'>, figure: ScoredFigure, monitor: StageMonitor, window: StageWindowFigures): void {
  if (figure.decision === 'ok') return;
  const details = monitor.driftDetails?.[place.column];
  const rule = monitor.thresholds[place.column]?.drift;
  const move = details?.largestMove[place.index];
  const subpopulation = details?.subpopulations[place.index] ?? undefined;
  const parts = [`distribution of ${place.column} in ${day(window.start)} moved by ${figure.value.toFixed(3)} (total variation distance on the reference's bins) from the reference windows of the same season${rule ? `, where ${rule.center.toFixed(3)} is typical` : ''}`];
  if (move) parts.push(`largest change: ${move.bin} holds ${pct(move.current)} of rows against ${pct(move.reference)}`);
  parts.push(`score ${figure.score.toFixed(1)}`);
  findings.push({ ...place, kind: 'drift', severity: figure.decision, score: figure.score, evidence: parts.join('; '), ...(subpopulation ? { subpopulation } : {}) });
}

function shareEvidence(what: string, figure: ScoredFigure, rule: ThresholdRule | undefined, window: StageWindowFigures): string {
  const baseline = figure.value - figure.deviation;
  const warnAt = rule ? ` (warns above ${pct(rule.warn + baseline)})` : '';
  return `${what} ${pct(figure.value)} of ${window.rows} rows in ${day(window.start)} against ${pct(baseline)} in the reference${warnAt}; score ${figure.score.toFixed(1)}`;
}

function volumeEvidence(window: StageWindowFigures, rule: ThresholdRule): string {
  const typical = Math.round((window.rows + 1) / Math.exp(window.volume.deviation) - 1);
  const ratio = (window.rows + 1) / (typical + 1);
  const band = `${Math.round((typical + 1) * Math.exp(rule.center - (rule.warn - rule.center)) - 1)}..${Math.round((typical + 1) * Math.exp(rule.warn) - 1)}`;
  return `${window.rows} rows in ${day(window.start)} against a reference median of ${typical} per window (x${ratio.toFixed(2)}; no warning within ${band}); score ${window.volume.score.toFixed(1)}`;
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString();
}
