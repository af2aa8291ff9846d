import { Writable } from 'node:stream';

/** How long console output may wait to be batched with more before it is posted. */
const FLUSH_MS = 40;

/**
 * A console stream that posts its text in batches: a cell that logs in a tight loop sends a
 * few messages a second, not one per line, and output still appears while the cell runs.
 */
export class OutputStream extends Writable {
  private pending = '';
  private timer?: NodeJS.Timeout;
  private lastFlush = 0;

  constructor(private readonly send: (text: string) => void) {
    super({ decodeStrings: false });
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.pending += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (Date.now() - this.lastFlush >= FLUSH_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
    callback();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastFlush = Date.now();
    if (!this.pending) return;
    const text = this.pending;
    this.pending = '';
    this.send(text);
  }
}
