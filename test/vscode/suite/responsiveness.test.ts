import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { suite, test } from 'mocha';
import { activateSightline } from './support';

const ROWS = 1_000_000;

/** A 1M-row prediction log, written in blocks before the measurement starts. */
function writeLargeLog(file: string): void {
  const t0 = Date.UTC(2024, 0, 1);
  writeFileSync(file, 'request_id,ts,score,label,segment,amount\n');
  const block = 50_000;
  for (let start = 0; start < ROWS; start += block) {
    const lines: string[] = [];
    for (let i = start; i < start + block; i++) {
      const ts = new Date(t0 + i * 30_000).toISOString();
      lines.push(`r${i},${ts},${((i * 7919) % 1000) / 1000},${i % 3 === 0 ? '' : i % 2},s${i % 17},${(i % 500) * 1.5}`);
    }
    appendFileSync(file, `${lines.join('\n')}\n`);
  }
}

suite('responsiveness', () => {
  test('the extension host stays responsive while a 1M-row overview runs in the worker', async function () {
    this.timeout(300_000);
    const api = await activateSightline();
    const dir = mkdtempSync(join(tmpdir(), 'sightline-1m-'));
    try {
      const file = join(dir, 'predictions.csv');
      writeLargeLog(file);
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = Date.now();
      const response = await api.analyze({ kind: 'overview', target: file });
      const seconds = (Date.now() - started) / 1000;
      delay.disable();
      assert.ok(response.kind === 'result' && response.result.kind === 'overview');
      assert.equal(response.result.inspect.stages[0].rows, ROWS);
      const maxMs = delay.max / 1e6;
      const p99Ms = delay.percentile(99) / 1e6;
      console.log(`      1M-row overview in the worker: ${seconds.toFixed(1)} s; host event-loop delay p99 ${p99Ms.toFixed(1)} ms, max ${maxMs.toFixed(1)} ms`);
      assert.ok(maxMs < 100, `the host's event loop stalled for ${maxMs.toFixed(1)} ms`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
