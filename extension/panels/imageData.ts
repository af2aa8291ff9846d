/**
 * The bytes of an image a webview produced with Plotly.toImage: PNG arrives as a base64 data
 * URL, SVG as a percent-encoded one. Plain SVG text is accepted too.
 */
export function imageBytes(data: string): Uint8Array {
  const match = /^data:([^,;]+)((?:;[^,;]*)*?)(;base64)?,(.*)$/s.exec(data);
  if (!match) {
    if (data.trimStart().startsWith('<')) return new TextEncoder().encode(data);
    throw new Error('the chart image is not a data URL');
  }
  const [, , , base64, body] = match;
  if (base64) return new Uint8Array(Buffer.from(body, 'base64'));
  return new TextEncoder().encode(decodeURIComponent(body));
}
