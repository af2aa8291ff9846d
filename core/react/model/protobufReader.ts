/** One top-level field of a protobuf message: a varint value or a length-delimited payload. */
export type ProtobufField = { field: number; varint: number } | { field: number; bytes: Uint8Array };

/**
 * The top-level fields of a protobuf message, in file order, without a schema: enough to pick
 * out a few known fields (ONNX metadata) and skip the rest. Throws on malformed input.
 */
export function* protobufFields(bytes: Uint8Array): Generator<ProtobufField> {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (pos >= bytes.length) throw new RangeError('truncated varint');
      const b = bytes[pos++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 70) throw new RangeError('varint too long');
    }
  };
  const skip = (n: number): number => {
    if (pos + n > bytes.length) throw new RangeError('truncated field');
    const start = pos;
    pos += n;
    return start;
  };
  while (pos < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    switch (key % 8) {
      case 0:
        yield { field, varint: varint() };
        break;
      case 1:
        skip(8);
        break;
      case 2: {
        const length = varint();
        const start = skip(length);
        yield { field, bytes: bytes.subarray(start, start + length) };
        break;
      }
      case 5:
        skip(4);
        break;
      default:
        throw new RangeError(`unsupported wire type ${key % 8}`);
    }
  }
}
