import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Manifest } from './manifestTypes';
import type { EngineName, EngineSettings, Pipeline, PipelineStage, PredictionColumns, Reference, RunsLog } from '../pipeline';
import { SightlineInputError } from '../errors';
import { expandGlobs } from '../glob';
import { validateJson, formatJsonPath, type JsonSchema } from './jsonSchema';
import { jsonLineOf, jsonSyntaxErrorOffset, lineOfOffset } from './jsonLocations';
import manifestSchema from '../../../schemas/sightline.schema.json';

/** Reads, validates and resolves a sightline.json into a Pipeline. */
export function loadManifest(path: string): Pipeline {
  const file = resolve(path);
  const text = readManifestText(file);
  const manifest = parseManifest(text, file);
  return resolveManifest(manifest, file, text);
}

function readManifestText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new SightlineInputError('manifest.not-found', `${file} does not exist`, {
      file,
      hint: 'Pass the path of a sightline.json, or of a single log file to inspect without a manifest.',
    });
  }
}

export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const offset = jsonSyntaxErrorOffset(text);
    const where = offset === undefined ? undefined : lineOfOffset(text, offset);
    const pointer = where ? ` at column ${where.column}\n  ${text.split('\n')[where.line - 1]}\n  ${' '.repeat(where.column - 1)}^` : '';
    throw new SightlineInputError('manifest.invalid-json', `${file}${where ? `:${where.line}` : ''}: not valid JSON${pointer}`, {
      file,
      line: where?.line,
      hint: 'Fix the JSON syntax (a trailing comma or a missing quote is the usual cause).',
    });
  }
  const violations = validateJson(data, manifestSchema as unknown as JsonSchema);
  if (violations.length) {
    const [first, ...others] = violations;
    const line = jsonLineOf(text, first.path);
    const also = others.slice(0, 5).map((v) => `\n  also line ${jsonLineOf(text, v.path) ?? '?'}: ${formatJsonPath(v.path)} ${v.message}`);
    throw new SightlineInputError(
      'manifest.schema',
      `${file}${line ? `:${line}` : ''}: ${formatJsonPath(first.path)} ${first.message}${also.join('')}`,
      { file, line, hint: 'See schemas/sightline.schema.json or the README section "The pipeline manifest".' },
    );
  }
  return data as Manifest;
}

function resolveManifest(manifest: Manifest, file: string, text: string): Pipeline {
  const dir = dirname(file);
  const fail = (code: string, path: (string | number)[], message: string, hint: string): never => {
    const line = jsonLineOf(text, path);
    throw new SightlineInputError(code, `${file}${line ? `:${line}` : ''}: ${message}`, { file, line, hint });
  };
  const engine = typeof manifest.engine === 'object' ? manifest.engine : { kind: manifest.engine ?? 'arquero' };
  const stages = manifest.stages.map((stage, i): PipelineStage => {
    if (stage.files === undefined && stage.table === undefined) {
      fail('manifest.stage-source', ['stages', i], `stage "${stage.name}" names neither "files" nor "table"`, 'Give the stage\'s log files (a glob), or with the ClickHouse engine the table that holds it.');
    }
    if (stage.table !== undefined && engine.kind !== 'clickhouse') {
      fail('manifest.stage-table', ['stages', i, 'table'], `stage "${stage.name}" is a table, which only the ClickHouse engine reads (engine here: ${engine.kind})`, 'Set "engine": {"kind": "clickhouse", "url": ...}, or give the stage\'s files instead.');
    }
    const patterns = toList(stage.files ?? []);
    const files = stage.table !== undefined ? [] : expandGlobs(patterns, dir);
    if (stage.table === undefined && !files.length) {
      fail('manifest.glob-empty', ['stages', i, 'files'], `stage "${stage.name}": ${patterns.map((p) => `"${p}"`).join(', ')} matches no file (searched from ${dir})`,
        'Check the pattern and that the logs are where the manifest says; paths are relative to sightline.json.');
    }
    return {
      name: stage.name,
      description: stage.description,
      patterns,
      files,
      format: stage.format,
      ...(stage.table !== undefined ? { table: stage.table } : {}),
      key: stage.key ?? manifest.key,
      time: stage.time ?? manifest.time,
      columnTypes: stage.columns ?? {},
    };
  });
  checkUniqueStageNames(stages, fail);
  const stageNames = new Set(stages.map((s) => s.name));
  for (const section of ['predictions', 'labels'] as const) {
    const stage = manifest[section]?.stage;
    if (stage !== undefined && !stageNames.has(stage)) {
      fail('manifest.unknown-stage', [section, 'stage'], `${section}.stage "${stage}" is not one of the stages (${[...stageNames].join(', ')})`,
        'Name a stage listed under "stages".');
    }
  }
  return {
    name: manifest.name,
    description: manifest.description,
    source: file,
    dir,
    inferred: false,
    guesses: [],
    stages,
    predictions: manifest.predictions && resolvePredictions(manifest.predictions, dir),
    labels: manifest.labels,
    reference: manifest.reference && resolveReference(manifest, dir, fail),
    runs: manifest.runs && resolveRuns(manifest.runs, dir, fail),
    engine: engine.kind,
    ...(typeof manifest.engine === 'object' ? { engineSettings: settingsOf(manifest.engine) } : {}),
  };
}

function resolvePredictions(predictions: NonNullable<Manifest['predictions']>, dir: string): PredictionColumns {
  const { models, ...columns } = predictions;
  if (!models) return columns;
  return { ...columns, models: Object.fromEntries(Object.entries(models).map(([version, file]) => [version, resolve(dir, file)])) };
}

type Fail = (code: string, path: (string | number)[], message: string, hint: string) => never;

function checkUniqueStageNames(stages: PipelineStage[], fail: Fail): void {
  const seen = new Set<string>();
  stages.forEach((stage, i) => {
    if (seen.has(stage.name)) fail('manifest.duplicate-stage', ['stages', i, 'name'], `stage name "${stage.name}" is used twice`, 'Give each stage its own name.');
    seen.add(stage.name);
  });
}

function resolveReference(manifest: Manifest, dir: string, fail: Fail): Reference {
  const reference = manifest.reference!;
  if ('start' in reference) {
    const start = Date.parse(reference.start);
    const end = Date.parse(reference.end);
    if (Number.isNaN(start)) fail('manifest.bad-date', ['reference', 'start'], `reference.start "${reference.start}" is not a date`, 'Use an ISO date such as 2001-01-01 or 2001-01-01T00:00:00Z.');
    if (Number.isNaN(end)) fail('manifest.bad-date', ['reference', 'end'], `reference.end "${reference.end}" is not a date`, 'Use an ISO date such as 2001-02-01.');
    if (end <= start) fail('manifest.bad-range', ['reference'], `reference ends (${reference.end}) before it starts (${reference.start})`, 'The end is exclusive and must come after the start.');
    return { kind: 'range', start, end };
  }
  const patterns = toList(reference.files);
  const files = expandGlobs(patterns, dir);
  if (!files.length) fail('manifest.glob-empty', ['reference', 'files'], `reference files ${patterns.join(', ')} match no file`, 'Paths are relative to sightline.json.');
  const stage = reference.stage ?? manifest.predictions?.stage ?? manifest.stages[manifest.stages.length - 1].name;
  return { kind: 'files', files, stage };
}

function resolveRuns(runs: NonNullable<Manifest['runs']>, dir: string, fail: Fail): RunsLog {
  const patterns = toList(runs.files);
  const files = expandGlobs(patterns, dir);
  if (!files.length) fail('manifest.glob-empty', ['runs', 'files'], `runs files ${patterns.join(', ')} match no file`, 'Paths are relative to sightline.json; remove "runs" if there is no runs log.');
  return {
    files,
    columns: {
      component: runs.component ?? 'component',
      runId: runs.runId ?? 'run_id',
      start: runs.start ?? 'start',
      end: runs.end ?? 'end',
      codeVersion: runs.codeVersion ?? 'code_version',
      inputs: runs.inputs ?? 'inputs',
      outputs: runs.outputs ?? 'outputs',
    },
  };
}

function toList(files: string | string[]): string[] {
  return typeof files === 'string' ? [files] : files;
}

function settingsOf(engine: { kind: EngineName } & EngineSettings): EngineSettings {
  const { kind: _kind, ...settings } = engine;
  return settings;
}
