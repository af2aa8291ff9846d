import type { MonitorAlert } from '../../protocol/monitor';
import type { StageLoss } from '../../protocol/trace';

/** Why two alerts belong to one incident, in words. */
export interface AlertLink {
  a: number;
  b: number;
  reason: string;
}

export interface LinkContext {
  alerts: MonitorAlert[];
  /** Stage names in pipeline order. */
  stages: string[];
  windowMs: number;
  stageLoss: StageLoss[];
}

const day = (t: number): string => new Date(t).toISOString().slice(0, 16).replace('T00:00', '').replace('T', ' ');
const place = (a: MonitorAlert): string => `${a.stage}.${a.column}`;

/**
 * The rules that put two alerts in one incident. All need onsets (first flagged windows) within
 * one window of each other, and then one of:
 * 1. the same column name, in the same stage (another kind of figure) or in any other stage;
 * 2. consecutive stages, with the downstream anomaly starting in the very same window;
 * 3. consecutive stages whose dropped, nulled or changed records jump in a window where the
 *    upstream alert is flagged and the downstream one starts (within one window).
 */
export function alertLinks(context: LinkContext): AlertLink[] {
  const { alerts, windowMs } = context;
  const position = new Map(context.stages.map((s, i) => [s, i]));
  const links: AlertLink[] = [];
  for (let i = 0; i < alerts.length; i++) {
    for (let j = i + 1; j < alerts.length; j++) {
      const [a, b] = ordered(alerts[i], alerts[j], position);
      if (Math.abs(a.onset - b.onset) > windowMs) continue;
      const reason = linkReason(a, b, position, context);
      if (reason) links.push({ a: i, b: j, reason });
    }
  }
  return links;
}

function linkReason(a: MonitorAlert, b: MonitorAlert, position: Map<string, number>, context: LinkContext): string | undefined {
  if (a.column === b.column) return `${place(a)} (${a.kind}) and ${place(b)} (${b.kind}): same column, onsets ${day(a.onset)} and ${day(b.onset)}`;
  const consecutive = (position.get(b.stage) ?? NaN) - (position.get(a.stage) ?? NaN) === 1;
  if (!consecutive) return undefined;
  if (a.onset === b.onset) return `${place(a)} -> ${place(b)}: consecutive stages, both start ${day(a.onset)}`;
  const loss = context.stageLoss.find((l) => l.from === a.stage && l.to === b.stage);
  const jump = loss?.alerts.find((l) => l.start >= a.onset && l.start <= a.last && Math.abs(l.start - b.onset) <= context.windowMs);
  return jump && `${place(a)} -> ${place(b)}: ${(jump.share * 100).toFixed(1)}% of records ${jump.what} from ${a.stage} to ${b.stage} in ${day(jump.start)} (usually ${(jump.baseline * 100).toFixed(1)}%)`;
}

/** Upstream first (pipeline order), then earlier onset. */
function ordered(x: MonitorAlert, y: MonitorAlert, position: Map<string, number>): [MonitorAlert, MonitorAlert] {
  const px = position.get(x.stage) ?? Infinity;
  const py = position.get(y.stage) ?? Infinity;
  return px < py || (px === py && x.onset <= y.onset) ? [x, y] : [y, x];
}
