import { protobufFields } from './protobufReader';

const METADATA_PROPS = 14;

/** The metadata_props of an ONNX ModelProto as a key -> value map. Throws on malformed bytes. */
export function readOnnxMetadata(model: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder();
  const props = new Map<string, string>();
  for (const top of protobufFields(model)) {
    if (top.field !== METADATA_PROPS || !('bytes' in top)) continue;
    let key = '';
    let value = '';
    for (const part of protobufFields(top.bytes)) {
      if (!('bytes' in part)) continue;
      if (part.field === 1) key = decoder.decode(part.bytes);
      if (part.field === 2) value = decoder.decode(part.bytes);
    }
    props.set(key, value);
  }
  return props;
}
