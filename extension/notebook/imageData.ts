/**
 * The bytes of an image plotly made with `toImage`: PNG comes as a base64 data URL, SVG as a
 * URL-encoded one. Anything else is refused rather than written to disk.
 */
export function imageBytes(data: string, format: 'png' | 'svg'): Uint8Array {
  if (format === 'png') {
    const match = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/.exec(data);
    if (!match) throw new Error('the renderer sent PNG data that is not a base64 data URL');
    return Buffer.from(match[1], 'base64');
  }
  const match = /^data:image\/svg\+xml(;charset=[\w-]+)?(;base64)?,([\s\S]*)$/.exec(data);
  if (!match) throw new Error('the renderer sent SVG data that is not a data URL');
  return match[2] ? Buffer.from(match[3], 'base64') : Buffer.from(decodeURIComponent(match[3]), 'utf8');
}

/** A file name without path separators or characters file systems reject. */
export function safeFileName(name: string, format: 'png' | 'svg'): string {
  const stem = name.replace(/\.(png|svg)$/i, '').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'chart';
  return `${stem}.${format}`;
}
