import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ComponentSpec } from './runs';
import type { StageSpec } from './stageFiles';
import { loadAirports } from './airports';
import { dayKey, monthKey } from './calendar';
import { buildClean } from './clean';
import { locateDemoData } from './dataFiles';
import { prepareDemoDir } from './demoDir';
import { buildFeatures } from './features';
import { buildFeedback } from './feedback';
import { writeIncidents } from './incidents';
import { buildIngest } from './ingest';
import { loadFlights } from './loadFlights';
import { demoManifest } from './manifest';
import { FEATURE_BUG, UNIT_CHANGE } from './plantedIncidents';
import { buildPredict, trainModel } from './predict';
import { demoReadme } from './readme';
import { referenceEncodings } from './referenceEncodings';
import { buildRuns, countByDay } from './runs';
import { stageFilePath, writeStage } from './stageFiles';
import { timeValues } from './table';
import { TIMELINE } from './timeline';
import { writeModels } from './writeModels';

export interface DemoOptions {
  /** Keep every n-th flight of the 3,000,000 (default 5). */
  sampleEvery?: number;
  onProgress?: (step: string, done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface DemoSummary {
  dir: string;
  manifest: string;
  stages: { name: string; rows: number; files: string[] }[];
  incidents: string;
  seconds: number;
  sample: string;
}

export const DEFAULT_SAMPLE_EVERY = 5;

const STEPS = ['read flights', 'ingest', 'clean', 'features', 'train models', 'predict', 'feedback', 'write logs', 'write manifest'];

/** Builds the demo pipeline's logs, manifest and incident ground truth in `dir`. */
export async function buildDemo(dir: string, options: DemoOptions = {}): Promise<DemoSummary> {
  const started = Date.now();
  const sampleEvery = Math.max(1, Math.floor(options.sampleEvery ?? DEFAULT_SAMPLE_EVERY));
  const root = resolve(dir);
  let done = 0;
  const step = (): void => {
    options.signal?.throwIfAborted();
    options.onProgress?.(STEPS[done], done, STEPS.length);
    done++;
  };
  await prepareDemoDir(root);
  const data = locateDemoData();

  step();
  const flights = await loadFlights(data.flights, sampleEvery, options.signal);
  const sample = describeSample(sampleEvery, flights.count, flights.sourceRows);
  step();
  const ingest = buildIngest(flights);
  step();
  const clean = buildClean(flights, loadAirports(data.airports), ingest.nullDestination);
  step();
  const features = buildFeatures(flights, clean, referenceEncodings(flights, clean.flights));
  step();
  const v1 = trainModel('v1', flights, features, TIMELINE.referenceStart, TIMELINE.referenceEnd);
  const v2 = trainModel('v2', flights, features, TIMELINE.retrainStart, TIMELINE.retrainEnd);
  step();
  const predict = buildPredict(flights, features, v1, v2);
  step();
  const feedback = buildFeedback(flights);

  step();
  const specs: StageSpec[] = [
    { name: 'ingest', format: 'csv', table: ingest.table, partitionBy: 'event_time' },
    { name: 'clean', format: 'parquet', table: clean.table, partitionBy: 'event_time' },
    { name: 'features', format: 'parquet', table: features.table, partitionBy: 'event_time' },
    { name: 'predict', format: 'parquet', table: predict.table, partitionBy: 'event_time' },
    { name: 'feedback', format: 'jsonl', table: feedback.table, partitionBy: 'label_time' },
  ];
  const stages: DemoSummary['stages'] = [];
  for (const spec of specs) {
    options.onProgress?.(`write ${spec.name}`, done - 1, STEPS.length);
    stages.push({ name: spec.name, rows: spec.table.rows, files: await writeStage(root, spec, options.signal) });
  }

  step();
  await writeRuns(root, specs);
  await writeModels(root, [v1, v2]);
  const incidents = await writeIncidents(root, flights, {
    buggyDepHour: features.buggyDepHour,
    nullDestination: ingest.nullDestination,
    labelDelayed: feedback.delayed,
    labelDelayedLabeled: feedback.delayedLabeled,
    unitChanged: clean.unitChanged,
  });
  await writeFile(join(root, 'sightline.json'), JSON.stringify(demoManifest(sample), null, 2) + '\n');
  await writeFile(join(root, 'README.md'), demoReadme(sample, Object.fromEntries(stages.map((s) => [s.name, s.rows]))));
  options.onProgress?.('done', STEPS.length, STEPS.length);
  return {
    dir: root,
    manifest: join(root, 'sightline.json'),
    stages,
    incidents: join(root, incidents),
    seconds: (Date.now() - started) / 1000,
    sample,
  };
}

function describeSample(every: number, kept: number, total: number): string {
  const rows = `${kept.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} flights`;
  return every === 1 ? `all ${rows}` : `every ${ordinal(every)} flight in source order, ${rows}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

async function writeRuns(root: string, specs: StageSpec[]): Promise<void> {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const path = (stage: string) => (day: number): string[] => {
    const spec = byName.get(stage) as StageSpec;
    return [stageFilePath(stage, spec.format, monthKey(day))];
  };
  const counts = (stage: string): Map<string, number> => {
    const spec = byName.get(stage) as StageSpec;
    return countByDay(timeValues(spec.table, spec.partitionBy));
  };
  const components: ComponentSpec[] = [
    { component: 'ingest', rowsByDay: counts('ingest'), codeVersion: () => 'ingest@1.2.0', inputs: (d) => [`feed://bts-ontime/${dayKey(d)}`], outputs: path('ingest') },
    { component: 'clean', rowsByDay: counts('clean'), codeVersion: cleanVersion, inputs: path('ingest'), outputs: path('clean') },
    {
      component: 'features',
      rowsByDay: counts('features'),
      codeVersion: (d) => (d >= FEATURE_BUG.onset ? FEATURE_BUG.codeVersionAfter : FEATURE_BUG.codeVersionBefore),
      inputs: (d) => [...path('clean')(d), 'encodings://reference-2001-01'],
      outputs: path('features'),
    },
    {
      component: 'predict',
      rowsByDay: counts('predict'),
      // Shadow scoring shipped with the v2 rollout.
      codeVersion: (d) => (d >= TIMELINE.rollout ? 'predict@1.3.0' : 'predict@1.2.1'),
      inputs: (d) => [...path('features')(d), ...(d >= TIMELINE.rollout ? ['model://late-arrival/v2', 'model://late-arrival/v1'] : ['model://late-arrival/v1'])],
      outputs: path('predict'),
    },
    { component: 'feedback', rowsByDay: counts('feedback'), codeVersion: () => 'feedback@0.9.4', inputs: (d) => [`feed://airline-reports/${dayKey(d)}`], outputs: path('feedback') },
  ];
  const lines = buildRuns(components).map((r) => JSON.stringify(r));
  await writeFile(join(root, 'logs', 'runs.jsonl'), lines.join('\n') + '\n');
}

function cleanVersion(day: number): string {
  const [before, during, after] = UNIT_CHANGE.codeVersions;
  return day < UNIT_CHANGE.onset ? before : day < UNIT_CHANGE.end ? during : after;
}
