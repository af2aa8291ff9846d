import { plotly, type ImageOptions } from '../shared/plotly';

interface ToImage {
  toImage(root: HTMLElement, options: Omit<ImageOptions, 'filename'>): Promise<string>;
}

/**
 * The chart as a data URL. Plotly's own download button saves nothing inside a webview, so the
 * panel renders the image here and the host writes the file.
 */
export function chartImage(root: HTMLElement, format: 'png' | 'svg'): Promise<string> {
  const api = plotly() as ReturnType<typeof plotly> & Partial<ToImage>;
  if (!api.toImage) throw new Error('this plotly build cannot export images');
  return api.toImage(root, { format, width: root.clientWidth || 900, height: root.clientHeight || 420, scale: format === 'png' ? 2 : 1 });
}
