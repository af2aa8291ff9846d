import type { LogTable } from '../io/logTable';
import type { OpenedEngine } from './openEngine';
import { SightlineInputError } from '../io/errors';

/**
 * The loaded rows, for analyses that walk records. SQL engines return statistics only, and
 * these analyses are not pushed down to them yet: say so instead of answering from nothing.
 */
export function rowTables(opened: Pick<OpenedEngine, 'pipeline' | 'engine' | 'tables'>, analysis: string): ReadonlyMap<string, LogTable> {
  if (opened.engine.name === 'arquero') return opened.tables;
  throw new SightlineInputError('engine.not-pushed-down', `${analysis} runs on the in-memory engine only; ${opened.pipeline.source} uses ${opened.engine.name}`, {
    file: opened.pipeline.source,
    hint: `Run it with --engine arquero (it loads the stage files into memory). Inspect, drift, monitoring, performance, slice search and stage traces run on ${opened.engine.name}.`,
  });
}
