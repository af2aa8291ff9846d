import PlotlyModule from 'plotly.js-dist-min';
import type { Config, FigureSpec, Layout, Trace } from '../../core/charts';

/**
 * Plotly bundled into the renderer (a notebook output has no page to load a script into, and
 * Sightline never uses a CDN), seen through the few calls the renderer makes and typed with
 * core's figure types rather than plotly's own.
 */
export interface RendererPlotly {
  newPlot(root: HTMLElement, data: Trace[], layout: Layout, config?: Config): Promise<HTMLElement>;
  react(root: HTMLElement, data: Trace[], layout: Layout, config?: Config): Promise<HTMLElement>;
  toImage(figure: FigureSpec, options: { format: 'png' | 'svg'; width: number; height: number; scale?: number }): Promise<string>;
  purge(root: HTMLElement): void;
}

export const Plotly = PlotlyModule as unknown as RendererPlotly;

/** A clicked point; heat-map cells carry their customdata entry. */
export interface ClickedPoint {
  customdata?: unknown;
}

type ClickableGraph = HTMLElement & { on?(event: 'plotly_click', handler: (event: { points?: ClickedPoint[] }) => void): void };

/** Plotly adds `on` to a graph div once it has drawn into it. */
export function onPlotClick(plot: HTMLElement, listener: (point: ClickedPoint) => void): void {
  (plot as ClickableGraph).on?.('plotly_click', (event) => {
    const point = event.points?.[0];
    if (point) listener(point);
  });
}
