/**
 * Progress on stderr, so stdout stays clean for --format json. On a terminal one line is
 * rewritten in place; in a pipe or CI each step is printed once.
 */
export interface Progress {
  update(message: string, done?: number, total?: number): void;
  done(): void;
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return { update() {}, done() {} };
  let last = '';
  let lastAt = 0;
  const live = stream.isTTY;
  return {
    update(message, done, total) {
      const line = total ? `${message} (${done}/${total})` : message;
      if (live) {
        const now = Date.now();
        if (now - lastAt < 80 && done !== total) return;
        lastAt = now;
        stream.write(`\r\x1b[2K${line}`);
      } else if (message !== last) {
        stream.write(`${message}…\n`);
      }
      last = message;
    },
    done() {
      if (live && last) stream.write('\r\x1b[2K');
      last = '';
    },
  };
}
