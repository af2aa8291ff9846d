import type { FigureSpec } from '../../core/charts';
import type { DrillDown } from '../../core/protocol';
import { el } from '../shared/elements';
import type { ChartFrame } from './chartFrame';

/** Posts a drill-down to the host; absent where no host listens (then nothing is clickable). */
export type Drill = ((drill: DrillDown) => void) | undefined;

/** Draws a figure the chart registry may not have: by registry key when it does, else the given figure. */
export type AddFigure = (key: string, title: string, figure: () => FigureSpec | undefined) => Promise<ChartFrame | undefined>;

/** A muted line under a table: what a click on a row does. */
export function drillHint(drill: Drill, text: string): HTMLElement[] {
  return drill ? [el('p', { className: 'sl-hint', text })] : [];
}

export function notesList(notes: string[]): HTMLElement[] {
  return notes.length ? [el('ul', { className: 'guesses' }, ...notes.map((n) => el('li', { text: n })))] : [];
}
