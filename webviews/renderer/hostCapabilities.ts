import type { HostToRenderer, ResultKind } from '../../core/protocol';

/**
 * What the extension host said it can do. Empty until it answers the renderer's hello, so an
 * "Open in panel" button only appears for result kinds the host will actually open.
 */
export class HostCapabilities {
  private kinds = new Set<ResultKind>();
  private readonly listeners = new Set<() => void>();
  private answered = false;
  private asked = 0;

  /**
   * Says hello until the host answers: a message sent while the host side is still starting is
   * lost, so each new output asks again, and a few timed retries cover a notebook that renders once.
   */
  ask(post: (message: { type: 'hello' }) => void): void {
    if (this.answered) return;
    post({ type: 'hello' });
    this.asked += 1;
    if (this.asked <= MAX_TIMED_RETRIES) setTimeout(() => this.ask(post), RETRY_MS * this.asked);
  }

  canOpen(kind: ResultKind): boolean {
    return this.kinds.has(kind);
  }

  /** Takes a host message; ignores anything that is not a well-formed capabilities message. */
  receive(message: unknown): void {
    const parsed = parseCapabilities(message);
    if (!parsed) return;
    this.answered = true;
    this.kinds = new Set(parsed.openInPanel);
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const MAX_TIMED_RETRIES = 4;
const RETRY_MS = 1000;
const KINDS: readonly ResultKind[] = ['inspect', 'overview', 'monitor', 'drift', 'slices', 'slice-diff', 'trace', 'lineage', 'whatif'];

function parseCapabilities(message: unknown): HostToRenderer | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as { type?: unknown; openInPanel?: unknown };
  if (m.type !== 'capabilities' || !Array.isArray(m.openInPanel)) return undefined;
  const kinds = m.openInPanel.filter((k): k is ResultKind => KINDS.includes(k as ResultKind));
  return { type: 'capabilities', openInPanel: kinds };
}
