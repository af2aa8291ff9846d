/**
 * Dictionary-encodes values as strings: codes index into `dictionary`, -1 marks missing
 * (null, undefined, empty string). Non-string values are converted with String().
 */
export function dictionaryEncode(values: ArrayLike<unknown>, length = values.length): { codes: Int32Array; dictionary: string[] } {
  const codes = new Int32Array(length);
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (value === null || value === undefined || value === '') {
      codes[i] = -1;
      continue;
    }
    const text = typeof value === 'string' ? value : String(value);
    let code = index.get(text);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(text);
      index.set(text, code);
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}
