import type { Config, Layout, Trace } from '../../core/charts';

/** The part of plotly's global API the webviews call; plotly itself is loaded as a classic script. */
export interface PlotlyApi {
  newPlot(root: HTMLElement, data: Trace[], layout: Layout, config?: Config): Promise<HTMLElement>;
  react(root: HTMLElement, data: Trace[], layout: Layout, config?: Config): Promise<HTMLElement>;
  downloadImage(root: HTMLElement, options: ImageOptions): Promise<string>;
}

export interface ImageOptions {
  format: 'png' | 'svg';
  filename: string;
  width?: number;
  height?: number;
  scale?: number;
}

export function plotly(): PlotlyApi {
  const api = (globalThis as { Plotly?: PlotlyApi }).Plotly;
  if (!api) throw new Error('Plotly is not loaded: the page must include plotly.min.js before this bundle.');
  return api;
}
