/**
 * The text of a field that needs quotes removed: `"a ""b"" c"` -> `a "b" c`, and the lenient
 * reading of `"abc"def` -> `abcdef`. Only called for the rare fields that need it.
 */
export function unquoteField(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '"') out += c;
    else if (quoted && raw[i + 1] === '"') {
      out += '"';
      i++;
    } else quoted = !quoted;
  }
  return out;
}
