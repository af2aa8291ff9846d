import type { HistogramView } from './columnSummary';
import { histogramBars } from './histogramBars';

const SVG = 'http://www.w3.org/2000/svg';

/** A small inline bar chart; every bar has a tooltip with its bin and count. */
export function histogramSvg(view: HistogramView, width = 120, height = 28): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'hist');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `histogram with ${view.counts.length} bars`);
  for (const bar of histogramBars(view.counts, { width, height, gap: 1, minHeight: 1 })) {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(bar.x));
    rect.setAttribute('y', String(bar.y));
    rect.setAttribute('width', String(bar.width));
    rect.setAttribute('height', String(bar.height));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = view.labels[bar.index] ?? '';
    rect.append(title);
    svg.append(rect);
  }
  return svg;
}
