import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { after, test } from 'node:test';
import { startKernel, type KernelWorkerData } from '../../extension/notebook/kernel/startKernel';
import { KernelClient, type CellCallbacks } from '../../extension/notebook/kernelClient';
import type { LineageResult, SliceDiffResult, SlicesResult, TraceResult } from '../../core/protocol';
import { diagnosisWorkspace, DROP_DAY } from '../vscode/ui/diagnosisWorkspace';

// This bundle is also the kernel worker the tests start, so they need no build of dist/.
if (!isMainThread && parentPort) startKernel(parentPort, workerData as KernelWorkerData);
else diagnosisTests();

const quiet = (): CellCallbacks => ({ onStream: () => undefined, onDisplay: () => undefined });

function diagnosisTests(): void {
  const dir = diagnosisWorkspace();
  const client = new KernelClient(__filename, { baseDir: dir });
  const keepAlive = setInterval(() => undefined, 1000);
  after(() => {
    client.dispose();
    clearInterval(keepAlive);
    rmSync(dir, { recursive: true, force: true });
  });

  async function result<T>(code: string, order: number, mime: string): Promise<{ value: T; html: string; text: string }> {
    const outcome = await client.run(code, order, quiet());
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(outcome.items.map((i) => i.mime), [mime, 'text/html', 'text/plain']);
    return { value: JSON.parse(outcome.items[0].text) as T, html: outcome.items[1].text, text: outcome.items[2].text };
  }

  test('sightline.slices finds the planted slice in a log file, a table and the pipeline', async () => {
    const file = await result<SlicesResult>("await sightline.slices('logs/scored.csv', { label: 'label', prediction: 'predicted', features: ['country', 'device'], maxLevel: 2, k: 3 })", 1, 'application/vnd.sightline.slices+json');
    const top = file.value.slices[0];
    assert.deepEqual(top.predicates.map((p) => `${p.feature}=${p.value}`), ['country=FR', 'device=android']);
    assert.ok(top.error > 0.45 && top.adjustedPValue < 1e-6, JSON.stringify(top));
    assert.equal(file.value.pipeline, 'scored.csv');
    assert.deepEqual(file.value.options.errorSpec, { label: 'label', prediction: 'predicted' });
    assert.equal(file.value.options.k, 3);
    assert.match(file.html, /Sightline slices: scored\.csv/);
    assert.match(file.text, /country = FR & device = android/);
    // The label and prediction are guessed from the column names when not given.
    const table = await result<SlicesResult>("const scoredTable = await sightline.readLogFile('logs/scored.csv');\nawait sightline.slices(scoredTable, { features: ['country', 'device'], name: 'scored' })", 2, 'application/vnd.sightline.slices+json');
    assert.equal(table.value.pipeline, 'scored');
    assert.match(table.value.options.errorSource, /"label" and "predicted"/);
    // The pipeline: predictions joined with labels and upstream columns (core pipelineSlices).
    const pipeline = await result<SlicesResult>('await sightline.slices(".", { maxLevel: 2 })', 3, 'application/vnd.sightline.slices+json');
    assert.equal(pipeline.value.pipeline, 'diagnosis-fixture');
    assert.deepEqual(pipeline.value.features.map((f) => f.name).sort(), ['amount', 'country', 'device']);
    assert.deepEqual(pipeline.value.slices[0].predicates.map((p) => p.value), ['FR', 'android']);
    assert.equal(pipeline.value.options.errorSpec, undefined, 'the joined error column is no column of the pipeline');
    const named = await client.run('await sightline.slices(".", { error: "label" })', 9, quiet());
    assert.ok(!named.ok && /pipeline's error is its predictions/.test(named.error.message));
    const bad = await client.run("await sightline.slices('logs/scored.csv', { error: 'label', label: 'label' })", 4, quiet());
    assert.ok(!bad.ok && /either error or label/.test(bad.error.message));
  });

  test('sightline.sliceDiff diffs a stage between two ranges and carries them for a drill-down', async () => {
    const reference = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1 + DROP_DAY) };
    const current = { start: Date.UTC(2024, 0, 1 + DROP_DAY), end: Date.UTC(2024, 0, 31) };
    const code = `await sightline.sliceDiff('sightline.json', { stage: 'scored', reference: { start: ${reference.start}, end: ${reference.end} }, current: { start: new Date(${current.start}), end: ${current.end} }, features: ['device'] })`;
    const diff = await result<SliceDiffResult>(code, 10, 'application/vnd.sightline.slice-diff+json');
    assert.deepEqual(diff.value.shrunk.map((d) => d.predicates.map((p) => `${p.feature}=${p.value}`).join('&')), ['device=android']);
    assert.ok(diff.value.grown.length > 0 && diff.value.grown.every((d) => d.predicates.every((p) => p.feature === 'device')));
    assert.equal(diff.value.stageDiff?.stage, 'scored');
    assert.deepEqual([diff.value.stageDiff?.reference, diff.value.stageDiff?.current], [reference, current]);
    assert.match(diff.value.stageDiff?.manifest ?? '', /sightline\.json$/);
    const bad = await client.run("await sightline.sliceDiff('sightline.json', { stage: 'scored', reference: { start: 5, end: 1 }, current: {} })", 11, quiet());
    assert.ok(!bad.ok && /reference must be \{ start\?, end\? \}/.test(bad.error.message), JSON.stringify(bad));
  });

  test('sightline.trace names the first stage and column of the null burst and the record loss', async () => {
    const trace = await result<TraceResult>("const trace = await sightline.trace('sightline.json', { bucket: 'day' });\ntrace", 5, 'application/vnd.sightline.trace+json');
    const nulls = trace.value.incidents.find((i) => i.rootKind === 'nulls');
    assert.ok(nulls, JSON.stringify(trace.value.incidents));
    assert.equal(`${nulls.firstStage}.${nulls.column}`, 'ingest.amount');
    assert.deepEqual(nulls.downstream.map((d) => `${d.stage}.${d.column}`), ['scored.amount']);
    const [loss] = trace.value.stageLoss;
    assert.equal(`${loss.from}->${loss.to}`, 'ingest->scored');
    assert.ok(loss.dropped > 0 && loss.alerts.every((a) => a.start >= Date.UTC(2024, 0, 1 + DROP_DAY)), JSON.stringify(loss.alerts));
    assert.match(trace.html, /<strong>ingest\.amount<\/strong>/);
    assert.match(trace.text, /ingest\.amount \(nulls\) since 2024-01-2\d/);
  });

  test('sightline.keys picks records of a window and sightline.why follows one through the stages', async () => {
    const keys = await client.run("await sightline.keys('sightline.json', { stage: 'ingest', start: Date.UTC(2024, 0, 21), end: Date.UTC(2024, 0, 22), missing: 'amount', limit: 2 })", 6, quiet());
    assert.ok(keys.ok, JSON.stringify(keys));
    assert.deepEqual(JSON.parse(keys.items[0].text), ['e20-0', 'e20-3']);
    const why = await result<LineageResult>("await sightline.why('sightline.json', 'e20-0')", 7, 'application/vnd.sightline.lineage+json');
    assert.equal(why.value.key, 'e20-0');
    assert.deepEqual(why.value.stages.map((s) => [s.stage, s.status]), [['ingest', 'present'], ['scored', 'present']]);
    assert.equal(why.value.stages[0].rows[0].values.amount, null);
    assert.ok(why.value.prediction && why.value.label);
    assert.match(why.text, /record e20-0 · in 2 of 2 stages/);
    const missing = await client.run("await sightline.why('sightline.json', 'nope')", 8, quiet());
    assert.ok(!missing.ok, 'an unknown key is an error');
  });
}
