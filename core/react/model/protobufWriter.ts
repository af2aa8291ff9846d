/**
 * The few protobuf wire-format encodings an ONNX file needs: varints (wire type 0) and
 * length-delimited fields (wire type 2: strings, bytes, packed arrays, nested messages).
 * Fields are written in the order they are added; protobuf readers accept any order.
 */
export class ProtobufWriter {
  private readonly chunks: Uint8Array[] = [];

  /** An integer field (int32, int64 or enum) that fits in a double without loss. */
  varint(field: number, value: number): this {
    this.push(encodeVarint(field * 8));
    this.push(encodeVarint(value));
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.push(encodeVarint(field * 8 + 2));
    this.push(encodeVarint(value.length));
    this.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (message: ProtobufWriter) => void): this {
    const message = new ProtobufWriter();
    build(message);
    return this.bytes(field, message.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
  }
}

/** Base-128 varint of a non-negative integer, least significant group first. */
export function encodeVarint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot encode ${value} as a varint`);
  const out: number[] = [];
  // Division rather than >>> because int64 values can exceed 32 bits.
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

/** Little-endian int64 bytes, the layout of an ONNX int64 tensor's raw_data. */
export function int64Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setBigInt64(i * 8, BigInt(values[i]), true);
  return out;
}

/** Little-endian float32 bytes, the layout of an ONNX tensor's raw_data. */
export function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const floats = Float32Array.from(values);
  const out = new Uint8Array(floats.length * 4);
  const view = new DataView(out.buffer);
  floats.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}
