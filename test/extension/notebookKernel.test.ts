import assert from 'node:assert/strict';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { test } from 'node:test';
import { startKernel, type KernelWorkerData } from '../../extension/notebook/kernel/startKernel';
import { KernelClient, INTERRUPTED, type CellCallbacks } from '../../extension/notebook/kernelClient';
import type { KernelOutputItem } from '../../core/protocol';
import { tempDir } from '../helpers/tempDir';

// This bundle is also the kernel worker the tests start, so they need no build of dist/.
if (!isMainThread && parentPort) startKernel(parentPort, workerData as KernelWorkerData);
else kernelTests();

interface Collected extends CellCallbacks {
  streams: string[];
  displays: KernelOutputItem[][];
}

function collect(): Collected {
  const streams: string[] = [];
  const displays: KernelOutputItem[][] = [];
  return { streams, displays, onStream: (stream, text) => streams.push(`${stream}:${text}`), onDisplay: (items) => displays.push(items) };
}

function kernelTests(): void {
  const folder = tempDir('sightline-kernel-');
  const csv = ['id,event_time,score,label', ...Array.from({ length: 48 }, (_, i) => `r${i},${new Date(Date.UTC(2024, 0, 1, i)).toISOString()},${(i % 10) / 10},${i % 3 === 0 ? '' : i % 2}`)];
  folder.write('logs/predict.csv', csv.join('\n') + '\n');

  const client = new KernelClient(__filename, { baseDir: folder.dir });
  // The kernel worker is unref'd so it never holds VS Code open; this holds the test run open.
  const keepAlive = setInterval(() => undefined, 1000);
  test.after(() => {
    client.dispose();
    clearInterval(keepAlive);
  });

  test('cells share variables, stream console output and return values', async () => {
    const first = collect();
    const one = await client.run('const n = 20;\nconsole.log("n is", n);\nconsole.error("careful")\nn + 1', 1, first);
    assert.deepEqual(one, { ok: true, items: [{ mime: 'text/plain', text: '21' }] });
    assert.deepEqual(first.streams, ['stdout:n is 20\n', 'stderr:careful\n']);
    const two = await client.run('n * 2', 2, collect());
    assert.deepEqual(two, { ok: true, items: [{ mime: 'text/plain', text: '40' }] });
  });

  test('a result shows with its MIME type and HTML; display() adds outputs on the way', async () => {
    const callbacks = collect();
    const outcome = await client.run("const inspection = await sightline.inspect('logs/predict.csv');\ndisplay('loaded');\ninspection", 3, callbacks);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(outcome.items.map((i) => i.mime), ['application/vnd.sightline.inspect+json', 'text/html', 'text/plain']);
    assert.equal(JSON.parse(outcome.items[0].text).stages[0].rows, 48);
    assert.deepEqual(callbacks.displays, [[{ mime: 'text/plain', text: 'loaded' }]]);
    const overview = await client.run("await sightline.overview(sightline.fromDataFrame({ t: [new Date(0), new Date(3600e3)], score: [0.2, 0.4] }), { name: 'frame' })", 4, collect());
    assert.ok(overview.ok, JSON.stringify(overview));
    assert.equal(overview.items[0].mime, 'application/vnd.sightline.overview+json');
    assert.equal(JSON.parse(overview.items[0].text).inspect.stages[0].timeColumn, 't');
  });

  test('sightline.monitor and sightline.drift give results with their fallbacks', async () => {
    const monitor = await client.run("await sightline.monitor('logs/predict.csv', { bucket: 'hour', performance: false })", 7, collect());
    assert.ok(monitor.ok, JSON.stringify(monitor));
    assert.deepEqual(monitor.items.map((i) => i.mime), ['application/vnd.sightline.monitor+json', 'text/html', 'text/plain']);
    const result = JSON.parse(monitor.items[0].text) as { kind: string; bucket: string; windows: number[]; performance?: unknown };
    assert.equal(result.bucket, 'hour');
    assert.equal(result.windows.length, 48);
    assert.equal(result.performance, undefined, 'performance: false skips the series');
    assert.match(monitor.items[2].text, /^Sightline monitor: predict · 1 stage · 48 hour windows/);
    const drift = await client.run(
      "const half = (from) => sightline.fromDataFrame({ x: Array.from({ length: 200 }, (_, i) => from + (i % 20)) });\nawait sightline.drift(half(0), half(5), { level: 0.01 })",
      8,
      collect(),
    );
    assert.ok(drift.ok, JSON.stringify(drift));
    assert.equal(drift.items[0].mime, 'application/vnd.sightline.drift+json');
    const columns = (JSON.parse(drift.items[0].text) as { level: number; columns: { column: string; drifted: boolean }[] });
    assert.equal(columns.level, 0.01);
    assert.deepEqual(columns.columns.map((c) => [c.column, c.drifted]), [['x', true]]);
    const stage = await client.run("await sightline.drift({ target: 'logs/predict.csv', stage: 'predict', end: new Date(Date.UTC(2024, 0, 2)) }, { target: 'logs/predict.csv', stage: 'predict', start: Date.UTC(2024, 0, 2) }, { columns: ['score'] })", 9, collect());
    assert.ok(stage.ok, JSON.stringify(stage));
    const sides = JSON.parse(stage.items[0].text) as { reference: { rows: number }; current: { rows: number } };
    assert.deepEqual([sides.reference.rows, sides.current.rows], [24, 24]);
    const bad = await client.run('await sightline.drift(42, 43)', 10, collect());
    assert.ok(!bad.ok && /a drift side is a log file path/.test(bad.error.message));
  });

  test('a failing cell reports a readable error without kernel frames', async () => {
    const outcome = await client.run('function f() {\n  return null.x;\n}\nf()', 5, collect());
    assert.equal(outcome.ok, false);
    if (outcome.ok) return;
    assert.equal(outcome.error.name, 'TypeError');
    assert.equal(outcome.error.stack.split('\n').slice(1).join('\n'), '    at f (cell [5], line 2)\n    at cell [5], line 4');
    assert.doesNotMatch(outcome.error.stack, /kernel|node:/);
    const missing = await client.run("await sightline.inspect('nope.json')", 6, collect());
    assert.ok(!missing.ok && missing.error.name === 'SightlineInputError' && /nope\.json does not exist/.test(missing.error.message));
  });

  test('interrupting stops a busy cell and the next cell gets a fresh kernel', async () => {
    const busy = client.run('globalThis.spinning = true;\nwhile (true) {}', 7, collect());
    setTimeout(() => client.interrupt(), 200);
    const outcome = await busy;
    assert.deepEqual(outcome, { ok: false, error: INTERRUPTED });
    const after = await client.run('typeof n', 1, collect());
    assert.deepEqual(after, { ok: true, items: [{ mime: 'text/plain', text: 'undefined' }] });
  });

  test('an error nobody awaits does not end the kernel', async () => {
    await client.run('const kept = 1; setTimeout(() => { throw new Error("late") }, 0); Promise.reject(new Error("unhandled")); 0', 2, collect());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const outcome = await client.run('kept', 3, collect());
    assert.deepEqual(outcome, { ok: true, items: [{ mime: 'text/plain', text: '1' }] });
  });
}
