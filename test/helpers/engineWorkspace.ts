import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoColumn, DemoTable } from '../../core/demo/table';
import { demoTable } from '../../core/demo/table';
import { encodeParquet } from '../../core/demo/writeParquet';
import { encodeCsv, encodeJsonLines } from '../../core/demo/writeText';
import { seededRandom } from '../../core/stats/seededRandom';

const H = 3_600_000;
const D = 24 * H;
/** A Thursday, so the days cross a Monday week boundary. */
const T0 = Date.UTC(2024, 0, 4);

export interface EngineWorkspace {
  dir: string;
  manifest: string;
  rows: number;
}

/**
 * A three-stage pipeline in the three file formats, for comparing engines: CSV input with
 * missing cells and a boolean column, Parquet predictions over two files, and JSON-lines labels
 * that arrive late, some twice and some never. Values fall exactly on round numbers so
 * histogram edges meet them; the model is often wrong where region = north and flag is true.
 */
export function engineWorkspace(rows = 3000, seed = 7): EngineWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-engines-'));
  const random = seededRandom(seed);
  const ids = Array.from({ length: rows }, (_, i) => `R${String(i).padStart(5, '0')}`);
  const times = Float64Array.from({ length: rows }, (_, i) => T0 + Math.floor((i / rows) * 12 * D) + Math.floor(random() * H));
  const region = ids.map(() => (random() < 0.05 ? null : ['north', 'south', 'east', 'west'][Math.floor(random() * 4)]));
  const amount = Float64Array.from(ids, (_, i) => (random() < 0.04 ? NaN : Math.round((random() * 100 + (i > rows / 2 ? 20 : 0)) * 4) / 4));
  const flag = Float64Array.from(ids, () => (random() < 0.03 ? NaN : random() < 0.3 ? 1 : 0));
  const score = Float64Array.from(amount, (a) => (Number.isNaN(a) ? random() : Math.min(1, Math.max(0, a / 140 + (random() - 0.5) * 0.3))));
  const version = ids.map((_, i) => (i < rows * 0.6 ? 'v1' : 'v2'));
  const write = (stage: string, file: string, bytes: string | Uint8Array): void => {
    mkdirSync(join(dir, stage), { recursive: true });
    writeFileSync(join(dir, stage, file), bytes);
  };
  write('input', 'input.csv', encodeCsv(table([str('id', ids), tm('event_time', times), str('region', region), num('amount', amount), bool('flag', flag)])));
  // Predictions lose some records and carry the region on, sometimes nulled or changed, so a trace has losses to count.
  const kept = ids.map((_, i) => i).filter(() => random() >= 0.02);
  const carried = kept.map((i) => {
    const u = random();
    return u < 0.02 ? null : u < 0.05 ? 'elsewhere' : region[i];
  });
  const half = Math.floor(kept.length / 2);
  const predictions = (from: number, to: number): DemoTable => {
    const rowsOf = kept.slice(from, to);
    const scores = Float64Array.from(rowsOf, (i) => score[i]);
    return table([
      str('id', rowsOf.map((i) => ids[i])),
      tm('event_time', Float64Array.from(rowsOf, (i) => times[i])),
      str('region', carried.slice(from, to)),
      num('score', scores),
      bool('predicted', scores.map((s) => (s >= 0.5 ? 1 : 0))),
      str('model_version', rowsOf.map((i) => version[i])),
    ]);
  };
  write('predict', 'part-0.parquet', encodeParquet(predictions(0, half)));
  write('predict', 'part-1.parquet', encodeParquet(predictions(half, kept.length)));
  const labelIds: (string | null)[] = [];
  const late: number[] = [];
  const labelTimes: number[] = [];
  ids.forEach((id, i) => {
    if (random() < 0.25) return;
    // The model misreads flagged northern records: their labels go against its score, a slice to find.
    const positive = random() < (region[i] === 'north' && flag[i] === 1 ? 1 - score[i] : score[i]) ? 1 : 0;
    const at = times[i] + Math.floor(random() * 3 * D);
    labelIds.push(id);
    late.push(positive);
    labelTimes.push(at);
    if (random() < 0.05) {
      labelIds.push(id);
      late.push(1 - positive);
      labelTimes.push(at + H);
    }
  });
  write('feedback', 'labels.jsonl', encodeJsonLines(table([str('id', labelIds), bool('late', Float64Array.from(late)), tm('label_time', Float64Array.from(labelTimes))])));
  const manifest = join(dir, 'sightline.json');
  writeFileSync(
    manifest,
    JSON.stringify({
      version: 1,
      name: 'engines',
      key: 'id',
      time: 'event_time',
      stages: [
        { name: 'input', files: 'input/*.csv' },
        { name: 'predict', files: 'predict/*.parquet' },
        { name: 'feedback', files: 'feedback/*.jsonl', time: 'label_time' },
      ],
      predictions: { stage: 'predict', score: 'score', class: 'predicted', modelVersion: 'model_version' },
      labels: { stage: 'feedback', column: 'late', time: 'label_time' },
      reference: { start: '2024-01-04', end: '2024-01-08' },
    }),
  );
  return { dir, manifest, rows };
}

const table = (columns: DemoColumn[]): DemoTable => demoTable(columns);
const str = (name: string, values: (string | null)[]): DemoColumn => ({ name, type: 'string', values });
const tm = (name: string, values: Float64Array): DemoColumn => ({ name, type: 'time', values });
const num = (name: string, values: Float64Array): DemoColumn => ({ name, type: 'float', values });
const bool = (name: string, values: Float64Array): DemoColumn => ({ name, type: 'bool', values });
