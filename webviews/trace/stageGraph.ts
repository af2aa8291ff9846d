import { el } from '../shared/elements';
import { fitLabel, layoutStages, type GraphLayout, type GraphNode } from './graphLayout';
import type { IncidentMarks, StageSeverity } from './stageStatus';

const SVG = 'http://www.w3.org/2000/svg';

export interface StageGraphInput {
  stages: string[];
  severities: ReadonlyMap<string, StageSeverity>;
  alertCounts: ReadonlyMap<string, number>;
  /** Records dropped, nulled or changed on the way into a stage, by stage. */
  losses: ReadonlyMap<string, string>;
  marks?: IncidentMarks;
  onSelectStage?: (stage: string) => void;
}

/**
 * The pipeline as boxes and arrows, left to right, drawn as SVG from the stage list (no graph
 * library): each box colored by its stage's worst anomaly, the selected incident's first bad
 * stage marked with a thick outline and a "first bad stage" tag, the stages it reached outlined.
 */
export function stageGraph(input: StageGraphInput): HTMLElement {
  const layout = layoutStages(input.stages);
  const svg = svgEl('svg', { class: 'sl-graph', viewBox: `0 0 ${layout.width} ${layout.height}`, width: String(layout.width), height: String(layout.height), role: 'img' });
  svg.setAttribute('aria-label', `Pipeline stages: ${input.stages.join(', ')}`);
  svg.append(arrowHead(), ...edges(layout, input.losses), ...layout.nodes.map((node) => stageBox(node, input)));
  const wrap = el('div', { className: 'sl-graph-wrap' });
  wrap.append(svg);
  return wrap;
}

function arrowHead(): SVGElement {
  const defs = svgEl('defs', {});
  const marker = svgEl('marker', { id: 'sl-arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' });
  marker.append(svgEl('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'sl-arrow-head' }));
  defs.append(marker);
  return defs;
}

function edges(layout: GraphLayout, losses: ReadonlyMap<string, string>): SVGElement[] {
  return layout.edges.flatMap((edge) => {
    const line = svgEl('line', { x1: String(edge.x1 + 2), y1: String(edge.y), x2: String(edge.x2 - 2), y2: String(edge.y), class: 'sl-edge', 'marker-end': 'url(#sl-arrow)' });
    const loss = losses.get(edge.to);
    if (!loss) return [line];
    const label = svgEl('text', { x: String((edge.x1 + edge.x2) / 2), y: String(edge.y - 8), class: 'sl-edge-label', 'text-anchor': 'middle' });
    label.textContent = loss;
    return [line, label];
  });
}

function stageBox(node: GraphNode, input: StageGraphInput): SVGElement {
  const severity = input.severities.get(node.stage) ?? 'ok';
  const first = input.marks?.first === node.stage;
  const reached = input.marks?.downstream.has(node.stage) ?? false;
  const group = svgEl('g', { class: `sl-stage sl-stage-${severity}${first ? ' sl-first' : ''}${reached ? ' sl-reached' : ''}`, 'data-stage': node.stage, 'data-severity': severity, tabindex: '0' });
  if (first) group.setAttribute('data-first', 'true');
  const title = svgEl('title', {});
  title.textContent = `${node.stage}: ${severityText(severity)}${first ? ' (first bad stage of the selected incident)' : ''}`;
  const rect = svgEl('rect', { x: String(node.x), y: String(node.y), width: String(node.width), height: String(node.height), rx: '6' });
  const name = svgEl('text', { x: String(node.x + node.width / 2), y: String(node.y + 22), class: 'sl-stage-name', 'text-anchor': 'middle' });
  name.textContent = fitLabel(node.stage, node.width);
  const count = input.alertCounts.get(node.stage) ?? 0;
  const sub = svgEl('text', { x: String(node.x + node.width / 2), y: String(node.y + 40), class: 'sl-stage-sub', 'text-anchor': 'middle' });
  sub.textContent = count ? `${count} ${count === 1 ? 'alert' : 'alerts'}` : severity === 'ok' ? 'no alerts' : 'record loss';
  group.append(title, rect, name, sub);
  if (first) group.append(firstTag(node));
  if (input.onSelectStage) {
    const select = () => input.onSelectStage?.(node.stage);
    group.addEventListener('click', select);
    group.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') select();
    });
  }
  return group;
}

function firstTag(node: GraphNode): SVGElement {
  const tag = svgEl('text', { x: String(node.x + node.width / 2), y: String(node.y - 8), class: 'sl-first-tag', 'text-anchor': 'middle' });
  tag.textContent = '▼ first bad stage';
  return tag;
}

function severityText(severity: StageSeverity): string {
  return severity === 'alert' ? 'alert' : severity === 'warn' ? 'warning' : 'no anomaly';
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
