import type { FeatureTerm } from './featureTerm';
import type { LogisticGraph } from './logisticGraph';
import { termColumns } from './featureTerm';
import { ONNX_INPUT, ONNX_META, ONNX_OUTPUT } from './onnxMetadata';
import { float32Bytes, int64Bytes, ProtobufWriter } from './protobufWriter';

// Field numbers and enums from onnx/onnx.proto.
const MODEL = { irVersion: 1, producerName: 2, producerVersion: 3, docString: 6, graph: 7, opsetImport: 8, metadataProps: 14 };
const GRAPH = { node: 1, name: 2, initializer: 5, input: 11, output: 12 };
const NODE = { input: 1, output: 2, name: 3, opType: 4, attribute: 5 };
const ATTRIBUTE = { name: 1, i: 3, type: 20 };
const ATTRIBUTE_INT = 2;
const TENSOR = { dims: 1, dataType: 2, name: 8, rawData: 9 };
const FLOAT = 1;
const INT64 = 7;
const IR_VERSION = 8;
const OPSET = 13;

export interface OnnxWriteOptions {
  /**
   * How each model input (by name) comes from a logged column; inputs not listed are logged
   * columns of the same name.
   */
  features?: Record<string, FeatureTerm>;
  producerVersion?: string;
}

/**
 * Encodes a logistic regression as an ONNX model reading the logged columns as they are:
 * x [N, m] -> (derived features, Concat) -> Sub(mean) -> Div(scale) -> MatMul(W [k, 1]) ->
 * Add(b) -> Sigmoid -> score [N, 1]. The m column names feeding x go into metadata_props
 * (ONNX_META.inputs) so a scorer can map log columns to the input.
 */
export function encodeLogisticOnnx(model: LogisticGraph, options: OnnxWriteOptions = {}): Uint8Array {
  checkShape(model);
  const terms = model.inputs.map((name): FeatureTerm => options.features?.[name] ?? { kind: 'column', column: name });
  const columns = termColumns(terms);
  const k = model.inputs.length;
  const out = new ProtobufWriter()
    .varint(MODEL.irVersion, IR_VERSION)
    .string(MODEL.producerName, 'sightline')
    .string(MODEL.producerVersion, options.producerVersion ?? '0')
    .string(MODEL.docString, `Logistic regression on ${model.inputs.join(', ')}; input x holds the columns ${columns.join(', ')}`)
    .message(MODEL.opsetImport, (m) => m.string(1, '').varint(2, OPSET))
    .message(MODEL.graph, (g) => {
      g.string(GRAPH.name, `logistic${model.version ? `-${model.version}` : ''}`);
      const features = terms.map((term, j) => deriveFeature(g, term, columns.indexOf(term.column), j));
      node(g, 'Concat', features, 'features', { axis: 1 });
      node(g, 'Sub', ['features', 'mean'], 'centered');
      node(g, 'Div', ['centered', 'scale'], 'standardized');
      node(g, 'MatMul', ['standardized', 'weights'], 'linear');
      node(g, 'Add', ['linear', 'intercept'], 'logit');
      node(g, 'Sigmoid', ['logit'], ONNX_OUTPUT);
      floats(g, 'mean', [k], model.mean);
      floats(g, 'scale', [k], model.scale);
      floats(g, 'weights', [k, 1], model.weights);
      floats(g, 'intercept', [1], [model.intercept]);
      valueInfo(g, GRAPH.input, ONNX_INPUT, ['N', columns.length]);
      valueInfo(g, GRAPH.output, ONNX_OUTPUT, ['N', 1]);
    });
  for (const [key, value] of metadata(model, columns)) out.message(MODEL.metadataProps, (m) => m.string(1, key).string(2, value));
  return out.finish();
}

function metadata(model: LogisticGraph, columns: string[]): [string, string][] {
  const entries: [string, string][] = [[ONNX_META.inputs, JSON.stringify(columns)], [ONNX_META.features, JSON.stringify(model.inputs)]];
  if (model.threshold !== undefined) entries.push([ONNX_META.threshold, String(model.threshold)]);
  if (model.version !== undefined) entries.push([ONNX_META.version, model.version]);
  return entries;
}

function checkShape(model: LogisticGraph): void {
  const k = model.inputs.length;
  const lengths = [model.mean.length, model.scale.length, model.weights.length];
  if (k === 0 || lengths.some((n) => n !== k)) {
    throw new RangeError(`a logistic graph needs one mean, scale and weight per input: ${k} inputs, ${lengths.join('/')}`);
  }
}

/** Nodes computing feature j ([N, 1]) from column `index` of x; returns the output's name. */
function deriveFeature(graph: ProtobufWriter, term: FeatureTerm, index: number, j: number): string {
  const column = `column_${j}`;
  ints(graph, `${column}_index`, [1], [index]);
  node(graph, 'Gather', [ONNX_INPUT, `${column}_index`], column, { axis: 1 });
  if (term.kind === 'column') return column;
  const feature = `feature_${j}`;
  if (term.kind === 'square') {
    node(graph, 'Mul', [column, column], feature);
    return feature;
  }
  floats(graph, `${feature}_cut`, [], [term.value]);
  node(graph, 'GreaterOrEqual', [column, `${feature}_cut`], `${feature}_flag`);
  node(graph, 'Cast', [`${feature}_flag`], feature, { to: FLOAT });
  return feature;
}

function node(graph: ProtobufWriter, opType: string, inputs: string[], output: string, attributes: Record<string, number> = {}): void {
  graph.message(GRAPH.node, (n) => {
    for (const input of inputs) n.string(NODE.input, input);
    n.string(NODE.output, output).string(NODE.name, `${opType.toLowerCase()}_${output}`).string(NODE.opType, opType);
    for (const [name, value] of Object.entries(attributes)) {
      n.message(NODE.attribute, (a) => a.string(ATTRIBUTE.name, name).varint(ATTRIBUTE.i, value).varint(ATTRIBUTE.type, ATTRIBUTE_INT));
    }
  });
}

function floats(graph: ProtobufWriter, name: string, dims: number[], values: number[]): void {
  tensor(graph, name, dims, FLOAT, float32Bytes(values));
}

function ints(graph: ProtobufWriter, name: string, dims: number[], values: number[]): void {
  tensor(graph, name, dims, INT64, int64Bytes(values));
}

function tensor(graph: ProtobufWriter, name: string, dims: number[], dataType: number, raw: Uint8Array): void {
  graph.message(GRAPH.initializer, (t) => {
    for (const d of dims) t.varint(TENSOR.dims, d);
    t.varint(TENSOR.dataType, dataType).string(TENSOR.name, name).bytes(TENSOR.rawData, raw);
  });
}

/** ValueInfoProto { name, type: TypeProto { tensor_type { elem_type, shape { dim* } } } }. */
function valueInfo(graph: ProtobufWriter, field: number, name: string, dims: (number | string)[]): void {
  graph.message(field, (v) =>
    v.string(1, name).message(2, (type) =>
      type.message(1, (tensor) =>
        tensor.varint(1, FLOAT).message(2, (shape) => {
          for (const d of dims) shape.message(1, (dim) => (typeof d === 'number' ? dim.varint(1, d) : dim.string(2, d)));
        }),
      ),
    ),
  );
}
