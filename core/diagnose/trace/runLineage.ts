import { relative, resolve, sep } from 'node:path';
import type { Pipeline } from '../../io/pipeline';
import { globToRegExp } from '../../io/glob';
import type { ComponentRun } from '../../io/runsLog';

/**
 * Which run produced what, from the runs log alone. A run produces a stage when one of its
 * outputs is one of the stage's files or matches its globs (or, with no such output, when the
 * component is named like the stage). The records of a stage's window come from the first
 * producing run that ends at or after the window's end; a run's upstream runs are, per input,
 * the last run writing that input that ended before it started, recursively.
 */
export class RunLineage {
  readonly runs: ComponentRun[];
  private readonly producers = new Map<string, number[]>();
  private readonly writers = new Map<string, number[]>();
  private readonly produced = new Map<number, string[]>();
  private readonly closures = new Map<number, number[]>();
  private readonly dir: string;

  constructor(runs: ComponentRun[], pipeline: Pipeline) {
    this.runs = runs;
    this.dir = pipeline.dir;
    const stages = pipeline.stages.map((s) => ({ name: s.name, files: new Set(s.files), patterns: s.patterns.map((p) => globToRegExp(p.split(sep).join('/'))) }));
    const byEnd = (a: number, b: number): number => runs[a].end - runs[b].end;
    runs.forEach((run, i) => {
      const paths = run.outputs.map((o) => normalizePath(o, pipeline.dir));
      for (const path of paths) this.writers.set(path, [...(this.writers.get(path) ?? []), i]);
      const produced = stages.filter((s) => paths.some((p) => s.files.has(p) || s.patterns.some((re) => re.test(toRelative(p, pipeline.dir)))));
      const named = produced.length ? produced : stages.filter((s) => s.name === run.component);
      for (const stage of named) this.producers.set(stage.name, [...(this.producers.get(stage.name) ?? []), i]);
      this.produced.set(i, named.map((s) => s.name));
    });
    for (const list of [...this.producers.values(), ...this.writers.values()]) list.sort(byEnd);
  }

  /** The stages a run produces (from its outputs, or its component's name), in pipeline order. */
  stagesOf(run: number): string[] {
    return this.produced.get(run) ?? [];
  }

  hasProducers(stage: string): boolean {
    return (this.producers.get(stage)?.length ?? 0) > 0;
  }

  /** The run whose output holds the stage's records of the window ending at `windowEnd`. */
  producingRun(stage: string, windowEnd: number): number | undefined {
    const list = this.producers.get(stage) ?? [];
    const at = firstAtOrAfter(list, (i) => this.runs[i].end, windowEnd);
    return at < list.length ? list[at] : undefined;
  }

  /** The run and every run upstream of it, each once. */
  closure(run: number): number[] {
    const cached = this.closures.get(run);
    if (cached) return cached;
    const found = new Set<number>([run]);
    for (const input of this.runs[run].inputs) {
      const writer = this.lastWriterBefore(normalizePath(input, this.dir), this.runs[run].start);
      if (writer !== undefined && writer !== run) for (const r of this.closure(writer)) found.add(r);
    }
    const result = [...found];
    this.closures.set(run, result);
    return result;
  }

  private lastWriterBefore(path: string, time: number): number | undefined {
    const list = this.writers.get(path) ?? [];
    const at = firstAtOrAfter(list, (i) => this.runs[i].end, time + 1);
    return at > 0 ? list[at - 1] : undefined;
  }
}

/** Index of the first entry whose value is >= target in a list sorted by that value. */
function firstAtOrAfter(list: number[], value: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(list[mid]) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Paths are resolved against the manifest's folder; URIs (feed://..., model://...) stay as written. */
function normalizePath(path: string, dir: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? path : resolve(dir, path).split(sep).join('/');
}

function toRelative(path: string, dir: string): string {
  return relative(dir, path).split(sep).join('/');
}
