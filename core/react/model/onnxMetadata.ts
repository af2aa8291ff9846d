/** The metadata_props keys Sightline writes into an ONNX model and reads back. */
export const ONNX_META = {
  /** JSON array of the log columns feeding input `x`, in order. */
  inputs: 'sightline.inputs',
  /** JSON array of the model's features (derived from the input columns), for people. */
  features: 'sightline.features',
  threshold: 'sightline.threshold',
  version: 'sightline.model_version',
} as const;

/** The single input and output tensor names of the graphs Sightline writes. */
export const ONNX_INPUT = 'x';
export const ONNX_OUTPUT = 'score';
