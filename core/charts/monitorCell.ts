import type { ColumnWindowFigures, MonitorResult, ScoredFigure } from '../protocol';
import { bucketLabel, formatCount, formatPercent, formatStatistic } from './format';

/** The column a stage-level (volume) row stands for, as alerts name it. */
export const VOLUME_ROW = '*';

/** Every figure the column has in the window, by name, with its value and score. */
export function figureLines(c: ColumnWindowFigures): string[] {
  if (c.absent) return ['absent: no value in the window'];
  const lines = [shareLine('null rate', c.nullRate)];
  if (c.outOfRange) lines.push(shareLine('out of range', c.outOfRange));
  if (c.unseen) lines.push(shareLine('unseen categories', c.unseen));
  if (c.summary) lines.push(`summary ${c.summary.statistic} ${formatStatistic(c.summary.value)} vs ${formatStatistic(c.summary.baseline)} (score ${c.summary.score.toFixed(1)})`);
  if (c.drift) lines.push(`drift ${formatStatistic(c.drift.value)} (score ${c.drift.score.toFixed(1)})`);
  return lines;
}

/**
 * One heat-map cell in words ("ingest · fare, 2024-01-05: null rate 12% (score 7.1) · …"), or
 * undefined when the stage has no such window or column.
 */
export function cellDetail(result: MonitorResult, stage: string, column: string, start: number): string | undefined {
  const window = result.stages.find((s) => s.stage === stage)?.windows.find((w) => w.start === start);
  if (!window) return undefined;
  const where = `${stage} · ${column === VOLUME_ROW ? '(volume)' : column}, ${bucketLabel(start, result.bucket)}${window.reference ? ' (reference)' : ''}`;
  if (column === VOLUME_ROW) return `${where}: ${formatCount(window.rows)} rows (score ${window.volume.score.toFixed(1)})`;
  const figures = window.columns[column];
  return figures && `${where}: ${figureLines(figures).join(' · ')}`;
}

function shareLine(name: string, f: ScoredFigure): string {
  return `${name} ${formatPercent(f.value)} (score ${f.score.toFixed(1)})`;
}
