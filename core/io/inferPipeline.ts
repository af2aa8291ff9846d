import { basename, dirname, resolve } from 'node:path';
import type { Column } from './logTable';
import type { Pipeline } from './pipeline';

/**
 * A one-stage pipeline for a log file opened without a manifest. Column roles are filled in
 * by `guessRoles` once the file's columns are known.
 */
export function singleFilePipeline(path: string): Pipeline {
  const file = resolve(path);
  const name = basename(file).replace(/\.[^.]+$/, '');
  return {
    name,
    source: file,
    dir: dirname(file),
    inferred: true,
    guesses: [`no sightline.json: read ${basename(file)} as a one-stage pipeline named "${name}"`],
    stages: [{ name, patterns: [basename(file)], files: [file], columnTypes: {} }],
    engine: 'arquero',
  };
}

const ROLE_NAMES = {
  key: /^(id|key|record_?id|request_?id|row_?id|event_?id|uuid|[a-z]+_id)$/i,
  time: /^(ts|time|timestamp|date|datetime|event_?time|created_?at|[a-z]+_(at|time|ts))$/i,
  score: /^(score|prob|proba|probability|prediction_?score|pred_?score|y_?score|y_?prob)$/i,
  class: /^(pred|prediction|predicted|predicted_?(class|label)|y_?pred|y_?hat|class)$/i,
  label: /^(label|target|y|y_?true|actual|ground_?truth|outcome)$/i,
  modelVersion: /^(model_?version|model|model_?id|version)$/i,
};

/** Fills the single stage's key, time, prediction and label columns from names and types. */
export function guessRoles(pipeline: Pipeline, columns: Column[]): Pipeline {
  const stage = pipeline.stages[0];
  const guesses = [...pipeline.guesses];
  const pick = (pattern: RegExp, accept: (c: Column) => boolean) => columns.find((c) => pattern.test(c.name) && accept(c))?.name;

  const time = pick(ROLE_NAMES.time, (c) => c.type === 'time') ?? columns.find((c) => c.type === 'time')?.name;
  const key = pick(ROLE_NAMES.key, (c) => c.type === 'category' || c.type === 'number');
  const score = pick(ROLE_NAMES.score, (c) => c.type === 'number');
  const predictedClass = pick(ROLE_NAMES.class, (c) => c.type !== 'time');
  const label = pick(ROLE_NAMES.label, (c) => c.type !== 'time');
  const modelVersion = pick(ROLE_NAMES.modelVersion, (c) => c.type === 'category');

  const say = (role: string, column: string | undefined, why: string) =>
    guesses.push(column ? `${role}: "${column}" (${why})` : `${role}: none found`);
  say('event time', time, 'time-valued column');
  say('record key', key, 'name looks like an id');
  say('score', score, 'numeric column named like a score');
  say('predicted class', predictedClass, 'named like a prediction');
  say('label', label, 'named like a label');
  if (modelVersion) say('model version', modelVersion, 'named like a model version');

  const predictions = score || predictedClass ? { stage: stage.name, score, class: predictedClass, modelVersion } : undefined;
  return {
    ...pipeline,
    guesses,
    stages: [{ ...stage, time, key }],
    predictions,
    labels: label ? { stage: stage.name, column: label } : undefined,
  };
}
