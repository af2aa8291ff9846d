import { statSync } from 'node:fs';
import type { EngineName, Pipeline } from '../io/pipeline';
import { openPipeline } from '../io/openPipeline';
import { openEngine, type OpenEngineOptions, type OpenedEngine } from '../engine/openEngine';
import type { ReadOptions } from '../io/readOptions';
import { LogFileView } from '../logView/logFileView';
import { closeWhenIdle, type IdleClosing } from './closeWhenIdle';

/** A pipeline opened on its engine (see OpenedEngine). */
export type OpenedPipeline = OpenedEngine;

interface Entry {
  fingerprint: string;
  tracked: Promise<IdleClosing>;
  opened: Promise<OpenedPipeline>;
}

export interface EngineCacheOptions {
  /** Pipelines (and log files) kept at once. */
  capacity?: number;
  /** Computes on this engine instead of the one each manifest names. */
  engine?: EngineName;
}

/**
 * Keeps loaded pipelines so a second analysis of the same logs does not read them again. An
 * entry is reused only while every file it read is unchanged (size and modification time).
 * A SQL engine's connection is closed once its entry is dropped and no request runs on it.
 */
export class EngineCache {
  private readonly entries = new Map<string, Entry>();
  private readonly logFiles = new Map<string, { fingerprint: string; view: Promise<LogFileView> }>();
  private readonly capacity: number;
  private engine: EngineName | undefined;

  constructor(options: EngineCacheOptions = {}) {
    this.capacity = options.capacity ?? 2;
    this.engine = options.engine;
  }

  /** Overrides the manifests' engine (undefined: each manifest's own); loaded pipelines are dropped. */
  setEngine(engine: EngineName | undefined): void {
    if (engine === this.engine) return;
    this.engine = engine;
    this.clearPipelines();
  }

  async open(target: string, options: OpenEngineOptions = {}): Promise<OpenedPipeline> {
    const pipeline = openPipeline(target, { engine: this.engine });
    const fingerprint = fingerprintOf(pipeline);
    const cached = this.entries.get(pipeline.source);
    if (cached && cached.fingerprint === fingerprint) return cached.opened;
    if (cached) closeEntry(cached);
    const tracked = openEngine(pipeline, options).then(closeWhenIdle);
    const opened = tracked.then((t) => t.opened);
    const entry = { fingerprint, tracked, opened };
    this.entries.set(pipeline.source, entry);
    opened.catch(() => {
      if (this.entries.get(pipeline.source) === entry) this.entries.delete(pipeline.source);
    });
    this.evict();
    return opened;
  }

  /** A log file opened for paging; kept while unchanged, like pipelines. */
  async openLogFile(file: string, options: ReadOptions = {}): Promise<LogFileView> {
    const fingerprint = fingerprintOfFiles([file]);
    const cached = this.logFiles.get(file);
    if (cached && cached.fingerprint === fingerprint) return cached.view;
    const view = LogFileView.open(file, options);
    this.logFiles.set(file, { fingerprint, view });
    view.catch(() => this.logFiles.delete(file));
    while (this.logFiles.size > this.capacity) this.logFiles.delete(this.logFiles.keys().next().value as string);
    return view;
  }

  clear(): void {
    this.clearPipelines();
    this.logFiles.clear();
  }

  private clearPipelines(): void {
    for (const entry of this.entries.values()) closeEntry(entry);
    this.entries.clear();
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      closeEntry(this.entries.get(oldest)!);
      this.entries.delete(oldest);
    }
  }
}

/** Closes a dropped entry's engine once it has opened. */
function closeEntry(entry: Entry): void {
  // A pipeline that failed to open holds no connection to close.
  entry.tracked.then((t) => t.close()).catch(() => undefined);
}

function fingerprintOf(pipeline: Pipeline): string {
  return fingerprintOfFiles(pipeline.stages.flatMap((s) => s.files));
}

function fingerprintOfFiles(files: string[]): string {
  return files
    .map((file) => {
      try {
        const info = statSync(file);
        return `${file}:${info.size}:${info.mtimeMs}`;
      } catch {
        return `${file}:missing`;
      }
    })
    .join('|');
}
