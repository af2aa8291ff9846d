import type { ReadOptions } from '../readOptions';
import { openInput } from './openInput';

/** Receives the file in pieces; records may straddle pieces. */
export interface ChunkSink {
  /** Called once with the file size before any bytes arrive. */
  begin(totalBytes: number): void;
  /**
   * Consumes the whole records at the start of `buf[0, end)` and returns the offset where the
   * first unfinished record starts; those bytes are handed back at the front of the next call.
   */
  feed(buf: Buffer, end: number, eof: boolean): number;
  /** True when the sink wants no more input. */
  readonly stopped: boolean;
  /** The unfinished record grew past `maxRecordBytes`; reading stops after this. */
  recordTooLong(bytes: number): void;
}

export interface ChunkTuning {
  /** Bytes per read. Tests use tiny sizes to put record boundaries everywhere. */
  chunkSize: number;
  /** A record larger than this stops reading (it is usually an unterminated quote). */
  maxRecordBytes: number;
}

export const DEFAULT_CHUNKS: ChunkTuning = { chunkSize: 1 << 22, maxRecordBytes: 1 << 26 };

export interface ChunkResult {
  bytes: number;
  bom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(buf: Buffer, end: number): boolean {
  return end >= 3 && buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2];
}

/**
 * Streams a file through one reusable buffer: each read appends after the carried-over partial
 * record, so memory stays at one chunk (plus the longest record) whatever the file size.
 */
export async function readChunks(
  path: string,
  options: ReadOptions,
  tuning: ChunkTuning,
  sink: ChunkSink,
): Promise<ChunkResult> {
  const { handle, size } = await openInput(path);
  try {
    sink.begin(size);
    let buf = Buffer.allocUnsafe(Math.max(16, tuning.chunkSize));
    let carry = 0;
    let position = 0;
    let bom = false;
    for (;;) {
      options.signal?.throwIfAborted();
      if (carry === buf.length) {
        if (buf.length * 2 > tuning.maxRecordBytes) {
          sink.recordTooLong(carry);
          break;
        }
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, carry, buf.length - carry, position);
      let end = carry + bytesRead;
      if (position === 0 && startsWithBom(buf, end)) {
        buf.copy(buf, 0, 3, end);
        end -= 3;
        bom = true;
      }
      position += bytesRead;
      const eof = bytesRead === 0 || position >= size;
      const used = sink.feed(buf, end, eof);
      options.onProgress?.({ file: path, bytesRead: position, totalBytes: size });
      if (eof || sink.stopped) break;
      buf.copy(buf, 0, used, end);
      carry = end - used;
    }
    return { bytes: position, bom };
  } finally {
    await handle.close();
  }
}
