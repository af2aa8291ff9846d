/**
 * The subset of plotly's figure schema Sightline's charts use. Kept as our own types so core
 * stays free of plotly typings and every figure is plain, JSON-serializable data.
 */
export type Datum = string | number | null;

export interface AxisTitle {
  text: string;
}

export interface Axis {
  title?: AxisTitle;
  type?: 'date' | 'category' | 'linear';
  tickformat?: string;
  tickmode?: 'auto' | 'sync';
  hoverformat?: string;
  range?: [number, number];
  rangemode?: 'tozero' | 'normal';
  autorange?: boolean | 'reversed';
  overlaying?: 'y';
  side?: 'left' | 'right';
  showgrid?: boolean;
  automargin?: boolean;
  gridcolor?: string;
  linecolor?: string;
  zerolinecolor?: string;
  tickfont?: { color?: string; size?: number };
  tickangle?: number;
}

export interface Marker {
  color?: string | string[];
  size?: number;
  symbol?: 'circle' | 'diamond' | 'triangle-down' | 'x' | 'line-ew-open';
  line?: { width?: number; color?: string };
}

/** Asymmetric error bars: `array` above (or right of) each point, `arrayminus` below. */
export interface ErrorBars {
  type: 'data';
  symmetric: false;
  array: number[];
  arrayminus: number[];
  visible?: boolean;
  thickness?: number;
  width?: number;
}

export interface ScatterTrace {
  type: 'scatter';
  name: string;
  x: Datum[];
  y: Datum[];
  mode: 'lines' | 'lines+markers' | 'markers';
  yaxis?: 'y' | 'y2';
  line?: { width?: number; dash?: 'solid' | 'dot' | 'dash'; shape?: 'linear' | 'hv' | 'hvh'; color?: string };
  marker?: Marker;
  fill?: 'none' | 'tonexty';
  fillcolor?: string;
  error_y?: ErrorBars;
  connectgaps?: boolean;
  showlegend?: boolean;
  legendgroup?: string;
  /** Per-point hover text, shown by `%{text}` in the hover template. */
  text?: string[];
  customdata?: Datum[];
  hovertemplate?: string;
  hoverinfo?: 'skip';
  /**
   * Plotly's free slot for the trace's own data; 'csv-text' marks markers whose y only places
   * them, so the CSV export carries their text instead.
   */
  meta?: 'csv-text';
}

export interface BarTrace {
  type: 'bar';
  name: string;
  x: Datum[];
  y: Datum[];
  opacity?: number;
  marker?: Marker;
  error_y?: ErrorBars;
  text?: string[];
  /** 'none' keeps `text` for the hover only. */
  textposition?: 'auto' | 'inside' | 'outside' | 'none';
  hovertemplate?: string;
}

export type ColorScale = [number, string][];

export interface HeatmapTrace {
  type: 'heatmap';
  name: string;
  x: string[];
  y: string[];
  /** z[row][col], row = y index; null where the cell does not exist. */
  z: (number | null)[][];
  zmin?: number;
  zmax?: number;
  colorscale?: ColorScale;
  hoverongaps?: boolean;
  hovertemplate?: string;
  texttemplate?: string;
  xgap?: number;
  ygap?: number;
  colorbar?: { title?: AxisTitle; tickformat?: string; outlinewidth?: number };
  /** text[row][col]: per-cell hover text, shown by `%{text}`. */
  text?: string[][];
  /** customdata[row][col]: what a click on the cell hands back (plotly passes it in the event). */
  customdata?: Datum[][][];
}

export type Trace = ScatterTrace | BarTrace | HeatmapTrace;

export interface Layout {
  xaxis?: Axis;
  yaxis?: Axis;
  yaxis2?: Axis;
  hovermode?: 'closest' | 'x' | 'x unified';
  barmode?: 'overlay' | 'group';
  bargap?: number;
  showlegend?: boolean;
  legend?: { orientation?: 'h' | 'v'; x?: number; y?: number; xanchor?: 'left' | 'right'; yanchor?: 'bottom' | 'top'; font?: { color?: string } };
  margin?: { l?: number; r?: number; t?: number; b?: number };
  height?: number;
  paper_bgcolor?: string;
  plot_bgcolor?: string;
  font?: { family?: string; size?: number; color?: string };
  colorway?: string[];
  hoverlabel?: { bgcolor?: string; bordercolor?: string; font?: { color?: string } };
}

export interface Config {
  responsive?: boolean;
  displaylogo?: boolean;
  displayModeBar?: boolean | 'hover';
  modeBarButtonsToRemove?: string[];
}

export interface FigureSpec {
  data: Trace[];
  layout: Layout;
  config?: Config;
}
