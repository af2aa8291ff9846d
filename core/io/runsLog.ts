import type { Column, LogTable } from './logTable';
import type { RunsLog } from './pipeline';
import { cellValue, findColumn } from './logTable';
import { readLogFile } from './readLogFile';
import { SightlineInputError } from './errors';

/** One component run of the runs log (mltrace style). */
export interface ComponentRun {
  component: string;
  runId: string;
  codeVersion: string;
  /** Epoch ms. */
  start: number;
  end: number;
  inputs: string[];
  outputs: string[];
}

/** Reads every file of the runs log; rows without a component or a start time are left out. */
export async function readRunsLog(runs: RunsLog, signal?: AbortSignal): Promise<{ runs: ComponentRun[]; skipped: number }> {
  const all: ComponentRun[] = [];
  let skipped = 0;
  for (const file of runs.files) {
    const table = await readLogFile(file, { timeColumns: [runs.columns.start, runs.columns.end], signal });
    const read = tableRuns(table, runs.columns, file);
    all.push(...read.runs);
    skipped += read.skipped;
  }
  return { runs: all.sort((a, b) => a.start - b.start), skipped };
}

function tableRuns(table: LogTable, names: RunsLog['columns'], file: string): { runs: ComponentRun[]; skipped: number } {
  const column = (name: string, required: boolean): Column | undefined => {
    const found = findColumn(table, name);
    if (!found && required) throw new SightlineInputError('runs.missing-column', `${file}: the runs log has no column "${name}"`, { file, column: name, hint: 'Name the runs log columns under "runs" in sightline.json.' });
    return found;
  };
  const component = column(names.component, true)!;
  const start = column(names.start, true)!;
  const [runId, end, codeVersion, inputs, outputs] = [names.runId, names.end, names.codeVersion, names.inputs, names.outputs].map((n) => column(n, false));
  const text = (c: Column | undefined, r: number): string | undefined => {
    const v = c ? cellValue(c, r) : null;
    return v === null ? undefined : String(v);
  };
  const time = (c: Column | undefined, r: number): number => (c && c.type !== 'category' ? c.values[r] : NaN);
  const runs: ComponentRun[] = [];
  let skipped = 0;
  for (let r = 0; r < table.rowCount; r++) {
    const name = text(component, r);
    const startedAt = time(start, r);
    if (!name || Number.isNaN(startedAt)) {
      skipped++;
      continue;
    }
    const endedAt = time(end, r);
    runs.push({
      component: name,
      runId: text(runId, r) ?? `${name}#${r + 1}`,
      codeVersion: text(codeVersion, r) ?? '(unknown)',
      start: startedAt,
      end: Number.isNaN(endedAt) ? startedAt : endedAt,
      inputs: pathList(text(inputs, r)),
      outputs: pathList(text(outputs, r)),
    });
  }
  return { runs, skipped };
}

/** A list column arrives as JSON text ('["a","b"]') from JSON lines, or as "a,b" from CSV. */
export function pathList(value: string | undefined): string[] {
  if (!value) return [];
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON after all: read it as a comma-separated list below.
    }
  }
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
