import type { RendererToHost, ResultKind, SightlineResult } from '../../core/protocol';
import { parseDrillDown } from './drillDownMessage';

const KINDS: readonly ResultKind[] = ['inspect', 'overview', 'monitor', 'drift', 'slices', 'slice-diff', 'trace', 'lineage', 'whatif'];

/** Checks a message from the renderer before acting on it: webview content is not trusted. */
export function parseRendererMessage(message: unknown): RendererToHost | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'openInPanel' && isResult(m.result)) return { type: 'openInPanel', result: m.result };
  if (m.type === 'saveImage' && (m.format === 'png' || m.format === 'svg') && typeof m.data === 'string' && typeof m.suggestedName === 'string') {
    return { type: 'saveImage', format: m.format, data: m.data, suggestedName: m.suggestedName };
  }
  if (m.type === 'drillDown') {
    const drill = parseDrillDown(m.drill);
    if (drill) return { type: 'drillDown', drill, ...(typeof m.outputId === 'string' ? { outputId: m.outputId } : {}) };
  }
  return undefined;
}

function isResult(value: unknown): value is SightlineResult {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && KINDS.includes(kind as ResultKind);
}

/** The file a result came from (a sightline.json or one log file), for opening it in a panel. */
export function resultSource(result: SightlineResult): string | undefined {
  const source = result.kind === 'overview' ? result.inspect?.source : result.source;
  return typeof source === 'string' && source.length > 0 ? source : undefined;
}
