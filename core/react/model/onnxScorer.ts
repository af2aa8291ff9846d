import { readFile } from 'node:fs/promises';
import { SightlineInputError } from '../../io/errors';
import { ONNX_INPUT, ONNX_META, ONNX_OUTPUT } from './onnxMetadata';
import { loadOnnxRuntime } from './onnxRuntime';
import { readOnnxMetadata } from './readOnnxMetadata';

export interface ScoreOptions {
  /** Rows per inference call (default 65,536): bounds the float32 copy of the inputs. */
  batchSize?: number;
  signal?: AbortSignal;
}

/** A model that turns input columns into one score per row. */
export interface OnnxScorer {
  readonly file: string;
  /** The log columns feeding the model, in input order. */
  readonly inputs: readonly string[];
  readonly threshold?: number;
  readonly version?: string;
  /** Scores every row; `columns` in `inputs` order. A row with a missing (NaN) input scores NaN. */
  score(columns: readonly Float64Array[], options?: ScoreOptions): Promise<Float64Array>;
  release(): Promise<void>;
}

type Session = Awaited<ReturnType<ReturnType<typeof loadOnnxRuntime>['InferenceSession']['create']>>;

const DEFAULT_BATCH = 65_536;

/**
 * Loads an ONNX model written with its input columns in metadata (see onnxWriter): one float
 * input `x` [N, k] and one output `score` [N, 1].
 */
export async function loadOnnxScorer(file: string): Promise<OnnxScorer> {
  const bytes = await readModelFile(file);
  const metadata = parseMetadata(file, bytes);
  const inputs = inputColumns(file, metadata.get(ONNX_META.inputs));
  const session = await createSession(file, bytes);
  checkSignature(file, session);
  const threshold = Number(metadata.get(ONNX_META.threshold) ?? NaN);
  return {
    file,
    inputs,
    threshold: Number.isFinite(threshold) ? threshold : undefined,
    version: metadata.get(ONNX_META.version),
    score: (columns, options) => scoreColumns(session, inputs, columns, options),
    release: () => session.release(),
  };
}

async function readModelFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SightlineInputError(missing ? 'model.not-found' : 'model.unreadable', missing ? `there is no model file ${file}` : `cannot read the model file ${file}`, {
      file,
      hint: 'Pass the path of an .onnx file (the demo writes models/v1.onnx and models/v2.onnx).',
    });
  }
}

function parseMetadata(file: string, bytes: Uint8Array): Map<string, string> {
  try {
    return readOnnxMetadata(bytes);
  } catch {
    throw invalidModel(file, 'it is not a protobuf-encoded ONNX model');
  }
}

function inputColumns(file: string, json: string | undefined): string[] {
  let columns: unknown;
  try {
    columns = json === undefined ? undefined : JSON.parse(json);
  } catch {
    columns = undefined;
  }
  if (Array.isArray(columns) && columns.length > 0 && columns.every((c) => typeof c === 'string')) return columns as string[];
  throw new SightlineInputError('model.no-input-columns', `the model ${file} does not say which log columns feed its input`, {
    file,
    hint: `Sightline maps columns to the model's input through the metadata entry "${ONNX_META.inputs}" (a JSON array of column names, in input order); add it when you export the model.`,
  });
}

async function createSession(file: string, bytes: Uint8Array): Promise<Session> {
  try {
    return await loadOnnxRuntime().InferenceSession.create(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // ONNX Runtime reports a missing or broken .wasm this way: an install problem, not the model's.
    if (/no available backend/.test(message)) throw new Error(`ONNX Runtime could not start: ${message}`);
    throw invalidModel(file, message);
  }
}

function checkSignature(file: string, session: Session): void {
  if (session.inputNames.length !== 1 || session.inputNames[0] !== ONNX_INPUT || !session.outputNames.includes(ONNX_OUTPUT)) {
    throw invalidModel(file, `it has inputs [${session.inputNames.join(', ')}] and outputs [${session.outputNames.join(', ')}]`);
  }
}

function invalidModel(file: string, why: string): SightlineInputError {
  return new SightlineInputError('model.invalid', `cannot load the model ${file}: ${why}`, {
    file,
    hint: `Sightline scores models with one float input "${ONNX_INPUT}" [rows, columns] and an output "${ONNX_OUTPUT}" [rows, 1].`,
  });
}

async function scoreColumns(session: Session, inputs: readonly string[], columns: readonly Float64Array[], options: ScoreOptions = {}): Promise<Float64Array> {
  const k = inputs.length;
  if (columns.length !== k) throw new RangeError(`the model reads ${k} columns (${inputs.join(', ')}), got ${columns.length}`);
  const n = columns[0].length;
  if (columns.some((c) => c.length !== n)) throw new RangeError('input columns differ in length');
  const batch = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const { Tensor } = loadOnnxRuntime();
  const scores = new Float64Array(n);
  for (let start = 0; start < n; start += batch) {
    options.signal?.throwIfAborted();
    const rows = Math.min(batch, n - start);
    const x = rowMajor(columns, start, rows);
    const out = await session.run({ [ONNX_INPUT]: new Tensor('float32', x, [rows, k]) });
    scores.set(out[ONNX_OUTPUT].data as Float32Array, start);
  }
  return scores;
}

/** Rows [start, start + rows) of the columns as one row-major float32 block. */
function rowMajor(columns: readonly Float64Array[], start: number, rows: number): Float32Array {
  const k = columns.length;
  const x = new Float32Array(rows * k);
  for (let j = 0; j < k; j++) {
    const col = columns[j];
    for (let i = 0; i < rows; i++) x[i * k + j] = col[start + i];
  }
  return x;
}
