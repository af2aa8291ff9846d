const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The common decimal forms (`-12`, `3.25`) straight from bytes; NaN for anything else, which
 * the caller then handles through strings. With at most 15 digits the mantissa is an exact
 * integer below 2^53 and dividing by an exact power of ten rounds once, so the result is the
 * same double `Number()` gives (Clinger's fast path).
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end && (buf[i] === 45 || buf[i] === 43)) {
    negative = buf[i] === 45;
    i++;
  }
  let mantissa = 0;
  let digitCount = 0;
  let fractionDigits = 0;
  let seenDot = false;
  // A plain loop over bytes: this runs for every numeric cell of the file.
  for (; i < end; i++) {
    const d = buf[i] - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digitCount++;
      if (seenDot) fractionDigits++;
    } else if (d === -2 && !seenDot) {
      seenDot = true;
    } else {
      return NaN;
    }
  }
  if (digitCount === 0 || digitCount > 15) return NaN;
  const value = fractionDigits === 0 ? mantissa : mantissa / POW10[fractionDigits];
  return negative ? -value : value;
}
