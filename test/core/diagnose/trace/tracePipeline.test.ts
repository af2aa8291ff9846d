import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openAndTrace } from '../../../../core/diagnose/trace/openAndTrace';
import { BUG_DAY, DAY, T0, syntheticPipeline } from './synthetic';
import { assertDeepClose } from '../../../helpers/closeTo';

const BUG = T0 + BUG_DAY * DAY;

test('trace names ingest.amount as the first stage and column of the planted bug, with its onset and downstream stages', async () => {
  const { dir } = syntheticPipeline({ runs: true });
  const result = await openAndTrace(openPipeline(dir), { bucket: 'day' });
  assert.equal(result.kind, 'trace');
  assert.equal(result.version, 1);
  const incident = result.incidents.find((i) => i.alerts.some((id) => id.includes(':ingest:amount:')));
  assert.ok(incident, JSON.stringify(result.incidents.map((i) => [i.firstStage, i.column])));
  assert.equal(incident.firstStage, 'ingest');
  assert.equal(incident.column, 'amount');
  assert.equal(incident.onset, BUG);
  assert.ok(incident.onsetInterval[0] <= BUG && BUG <= incident.onsetInterval[1]);
  assert.equal(incident.onsetMethod, 'mean-shift');
  assert.deepEqual(incident.downstream.map((d) => d.stage), ['clean', 'features']);
  assert.equal(incident.downstream[0].column, 'amount');
  for (const d of incident.downstream) assert.equal(d.onset, BUG, `${d.stage}.${d.column}`);
  for (const alert of result.alerts.filter((a) => incident.alerts.includes(a.id))) {
    assert.equal(alert.firstStage, 'ingest');
    assert.equal(alert.firstColumn, 'amount');
  }
});

test('record loss jumps are flagged from the bug on, and nowhere before it', async () => {
  const { dir } = syntheticPipeline();
  const result = await openAndTrace(openPipeline(dir), { bucket: 'day' });
  const [ingestClean, cleanFeatures] = result.stageLoss;
  assert.deepEqual([ingestClean.from, ingestClean.to, cleanFeatures.from, cleanFeatures.to], ['ingest', 'clean', 'clean', 'features']);
  const nulled = ingestClean.alerts.filter((a) => a.what === 'nulled');
  assert.equal(nulled[0]?.start, BUG);
  assert.ok(ingestClean.alerts.every((a) => a.start >= BUG && a.what === 'nulled'), JSON.stringify(ingestClean.alerts));
  const dropped = cleanFeatures.alerts.filter((a) => a.what === 'dropped');
  assert.equal(dropped[0]?.start, BUG);
  assert.ok(cleanFeatures.alerts.every((a) => a.start >= BUG));
  assert.ok(result.notes.some((n) => n.includes('no runs log')));
});

test('with a runs log, the code version that began at the onset comes first and ranks by flagged share', async () => {
  const { dir } = syntheticPipeline({ runs: true });
  const result = await openAndTrace(openPipeline(dir), { bucket: 'day' });
  const incident = result.incidents.find((i) => i.firstStage === 'ingest' && i.column === 'amount')!;
  const [first] = incident.runs!;
  assert.equal(first.codeVersion, 'ingest@1.1');
  assert.equal(first.versionBeganAtOnset, true);
  assert.equal(first.previousCodeVersion, 'ingest@1.0');
  assert.equal(first.runId, `ingest-${BUG_DAY}`);
  assert.ok(incident.runs!.filter((r) => r.versionBeganAtOnset).length === 1);
  const versions = result.runsRanking!.codeVersions;
  const buggy = versions.find((v) => v.codeVersion === 'ingest@1.1')!;
  assert.equal(buggy.flaggedShare, Math.max(...versions.map((v) => v.flaggedShare)));
  assert.ok(buggy.coverage >= first.coverage && first.coverage > 0);
  assert.equal(versions[0].codeVersion, 'ingest@1.1', JSON.stringify(versions));
  const clean = versions.find((v) => v.codeVersion === 'clean@2.0')!;
  assert.ok(clean.flaggedShare < buggy.flaggedShare, 'clean@2.0 ran before and after the bug');
});

test('the trace on DuckDB, which joins the stages by key in SQL, is the in-memory trace', async () => {
  const { dir } = syntheticPipeline({ runs: true });
  const memory = await openAndTrace(openPipeline(dir), { bucket: 'day' });
  const duck = await openAndTrace(openPipeline(dir, { engine: 'duckdb' }), { bucket: 'day' });
  assert.ok(memory.stageLoss.some((l) => l.dropped > 0 && l.changed > 0));
  assertDeepClose(duck, memory);
});
