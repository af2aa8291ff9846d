import type { Pipeline, PipelineStage } from '../../../core/io/pipeline';
import type { LogTable } from '../../../core/io/logTable';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { createRandom } from '../../../core/demo/random';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);
export const DAYS = 60;
export const REFERENCE_DAYS = 28;

/** What to plant, by day index; an empty plan is the unchanged pipeline. */
export interface Plan {
  nullBurst?: { days: number[]; share: number };
  volumeDrop?: { day: number; rows: number };
  rangeShift?: { days: number[]; by: number };
  newCategory?: { days: number[]; share: number };
  emptied?: { fromDay: number };
}

/** Two independent stages: ingest (y with 2% nulls, z) and clean (x, cat). */
export function syntheticPipeline(plan: Plan, seed = 7): { pipeline: Pipeline; engine: ArqueroEngine } {
  const tables = new Map<string, LogTable>([
    ['ingest', ingestTable(plan, seed)],
    ['clean', cleanTable(plan, seed + 1)],
  ]);
  const stage = (name: string): PipelineStage => ({ name, patterns: [], files: [], time: 'ts', key: 'id', columnTypes: {} });
  const pipeline: Pipeline = {
    name: 'synthetic',
    source: 'memory',
    dir: '.',
    inferred: false,
    guesses: [],
    stages: [stage('ingest'), stage('clean')],
    reference: { kind: 'range', start: T0, end: T0 + REFERENCE_DAYS * DAY },
    engine: 'arquero',
  };
  return { pipeline, engine: new ArqueroEngine(tables) };
}

function rowsPerDay(day: number, random: () => number, plan: Plan): number {
  return plan.volumeDrop?.day === day ? plan.volumeDrop.rows : 180 + Math.floor(random() * 40);
}

function ingestTable(plan: Plan, seed: number): LogTable {
  const random = createRandom(seed);
  const frame = { id: [] as string[], ts: [] as Date[], y: [] as (number | null)[], z: [] as (number | null)[] };
  for (let day = 0; day < DAYS; day++) {
    const n = rowsPerDay(day, random.next, plan);
    const nullShare = plan.nullBurst?.days.includes(day) ? plan.nullBurst.share : 0.02;
    for (let i = 0; i < n; i++) {
      frame.id.push(`${day}-${i}`);
      frame.ts.push(new Date(T0 + day * DAY + Math.floor(random.next() * DAY)));
      frame.y.push(random.next() < nullShare ? null : 50 + 10 * random.normal());
      frame.z.push(plan.emptied && day >= plan.emptied.fromDay ? null : random.next() * 100);
    }
  }
  return fromDataFrame(frame);
}

function cleanTable(plan: Plan, seed: number): LogTable {
  const random = createRandom(seed);
  const frame = { id: [] as string[], ts: [] as Date[], x: [] as number[], cat: [] as string[] };
  for (let day = 0; day < DAYS; day++) {
    const n = 180 + Math.floor(random.next() * 40);
    const shift = plan.rangeShift?.days.includes(day) ? plan.rangeShift.by : 0;
    const newShare = plan.newCategory?.days.includes(day) ? plan.newCategory.share : 0;
    for (let i = 0; i < n; i++) {
      frame.id.push(`${day}-${i}`);
      frame.ts.push(new Date(T0 + day * DAY + Math.floor(random.next() * DAY)));
      frame.x.push(random.normal() + shift);
      const u = random.next();
      frame.cat.push(u < newShare ? 'd' : ['a', 'b', 'c'][Math.floor(random.next() * 3)]);
    }
  }
  return fromDataFrame(frame);
}
