/**
 * Where the stage graph's boxes and arrows go: stages left to right in pipeline order, one box
 * each, sized to its name, with an arrow from each stage to the next. Pure, so it is tested
 * without a browser; stageGraph.ts turns it into SVG.
 */
export interface GraphNode {
  stage: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Start and end of the arrow's line; the head is drawn at the end. */
  x1: number;
  x2: number;
  y: number;
}

export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export interface GraphMetrics {
  /** Approximate width of one character of the box label, px. */
  charWidth: number;
  minBox: number;
  maxBox: number;
  boxHeight: number;
  gap: number;
  padding: number;
  /** Room above the boxes for the "first bad stage" marker. */
  top: number;
}

export const GRAPH_METRICS: GraphMetrics = { charWidth: 7.6, minBox: 96, maxBox: 220, boxHeight: 54, gap: 92, padding: 12, top: 26 };

export function layoutStages(stages: readonly string[], metrics: GraphMetrics = GRAPH_METRICS): GraphLayout {
  const nodes: GraphNode[] = [];
  let x = metrics.padding;
  for (const stage of stages) {
    const width = Math.min(metrics.maxBox, Math.max(metrics.minBox, Math.ceil(stage.length * metrics.charWidth) + 28));
    nodes.push({ stage, x, y: metrics.top, width, height: metrics.boxHeight });
    x += width + metrics.gap;
  }
  const edges: GraphEdge[] = nodes.slice(1).map((node, i) => {
    const from = nodes[i];
    return { from: from.stage, to: node.stage, x1: from.x + from.width, x2: node.x, y: metrics.top + metrics.boxHeight / 2 };
  });
  const width = nodes.length ? x - metrics.gap + metrics.padding : 2 * metrics.padding;
  return { nodes, edges, width, height: metrics.top + metrics.boxHeight + metrics.padding + 18 };
}

/** A label that fits its box: cut with an ellipsis past what the box holds. */
export function fitLabel(label: string, width: number, metrics: GraphMetrics = GRAPH_METRICS): string {
  const room = Math.max(3, Math.floor((width - 16) / metrics.charWidth));
  return label.length <= room ? label : `${label.slice(0, room - 1)}…`;
}
