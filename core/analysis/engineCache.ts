import { statSync } from 'node:fs';
import type { Engine } from '../engine/engine';
import type { Pipeline } from '../io/pipeline';
import type { LogTable } from '../io/logTable';
import { openPipeline } from '../io/openPipeline';
import { openEngine, type OpenEngineOptions } from '../engine/openEngine';
import type { ReadOptions } from '../io/readOptions';
import { LogFileView } from '../logView/logFileView';

/** A loaded pipeline; `tables` feed the analyses the engine has no request for yet (performance rows). */
export interface OpenedPipeline {
  pipeline: Pipeline;
  engine: Engine;
  tables: ReadonlyMap<string, LogTable>;
}

interface Entry {
  fingerprint: string;
  opened: Promise<OpenedPipeline>;
}

/**
 * Keeps loaded pipelines so a second analysis of the same logs does not read them again. An
 * entry is reused only while every file it read is unchanged (size and modification time).
 */
export class EngineCache {
  private readonly entries = new Map<string, Entry>();
  private readonly logFiles = new Map<string, { fingerprint: string; view: Promise<LogFileView> }>();

  constructor(private readonly capacity = 2) {}

  async open(target: string, options: OpenEngineOptions = {}): Promise<OpenedPipeline> {
    const pipeline = openPipeline(target);
    const fingerprint = fingerprintOf(pipeline);
    const cached = this.entries.get(pipeline.source);
    if (cached && cached.fingerprint === fingerprint) return cached.opened;
    const opened = openEngine(pipeline, options);
    this.entries.set(pipeline.source, { fingerprint, opened });
    opened.catch(() => this.entries.delete(pipeline.source));
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
    this.entries.clear();
    this.logFiles.clear();
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
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
