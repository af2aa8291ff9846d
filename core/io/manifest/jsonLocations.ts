/**
 * Finds the 1-based line of each value in a JSON text, keyed by its path, so manifest errors
 * can point at a line. Assumes the text already parsed with JSON.parse.
 */
export function jsonLineOf(text: string, path: (string | number)[]): number | undefined {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const skip = () => {
    while (pos < text.length && /\s/.test(text[pos])) {
      if (text[pos] === '\n') line++;
      pos++;
    }
  };
  const readString = () => {
    const start = ++pos;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    return JSON.parse(`"${text.slice(start, pos++)}"`) as string;
  };
  const value = (at: string) => {
    skip();
    lines.set(at, line);
    const c = text[pos];
    if (c === '{') {
      pos++;
      skip();
      while (text[pos] !== '}') {
        skip();
        const key = readString();
        skip();
        pos++; // ':'
        value(at ? `${at}\u0000${key}` : key);
        skip();
        if (text[pos] === ',') pos++;
        skip();
      }
      pos++;
    } else if (c === '[') {
      pos++;
      skip();
      let i = 0;
      while (text[pos] !== ']') {
        value(at ? `${at}\u0000${i}` : String(i));
        i++;
        skip();
        if (text[pos] === ',') pos++;
        skip();
      }
      pos++;
    } else if (c === '"') {
      readString();
    } else {
      while (pos < text.length && !/[\s,\]}]/.test(text[pos])) pos++;
    }
  };

  value('');
  for (let n = path.length; n >= 0; n--) {
    const found = lines.get(path.slice(0, n).join('\u0000'));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Line and column of a character offset, for JSON.parse errors that report a position. */
export function lineOfOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The offset of the first JSON syntax error, found by a strict scan. JSON.parse's messages
 * give a position only for some errors, and a person needs the line for all of them.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let pos = 0;
  const fail = (): never => {
    throw pos;
  };
  const ws = () => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos])) pos++;
  };
  const literal = (word: string) => (text.startsWith(word, pos) ? (pos += word.length) : fail());
  const string = () => {
    if (text[pos] !== '"') fail();
    pos++;
    while (text[pos] !== '"') {
      if (pos >= text.length || text.charCodeAt(pos) < 0x20) fail();
      pos += text[pos] === '\\' ? 2 : 1;
    }
    pos++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (!match) fail();
    pos += match![0].length;
  };
  const list = (close: string, item: () => void) => {
    pos++;
    ws();
    if (text[pos] === close) return void pos++;
    for (;;) {
      item();
      ws();
      if (text[pos] === close) return void pos++;
      if (text[pos] !== ',') fail();
      pos++;
      ws();
    }
  };
  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === '{') list('}', () => (string(), ws(), text[pos] === ':' ? pos++ : fail(), value()));
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (pos < text.length) fail();
    return undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}
