import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoSummary } from '../../../core/demo/buildDemo';
import type { IncidentRecord } from '../../../core/demo/incidents';
import type { Row } from './readBack';
import { buildDemo } from '../../../core/demo/buildDemo';
import { prepareDemoDir } from '../../../core/demo/demoDir';
import { isInputError } from '../../../core/io/errors';
import { expandGlobs } from '../../../core/io/glob';
import { readAll } from './readBack';

let summary: DemoSummary;
const rows: Record<string, Row[]> = {};
let incidents: Map<string, IncidentRecord>;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-demo-'));
  summary = await buildDemo(dir, { sampleEvery: 200 });
  for (const stage of summary.stages) rows[stage.name] = await readAll(stage.files.map((f) => join(dir, f)));
  const list = JSON.parse(readFileSync(summary.incidents, 'utf8')) as IncidentRecord[];
  incidents = new Map(list.map((i) => [i.id, i]));
});

const time = (value: Row[string]): number => Date.parse(String(value));
const ids = (incident: IncidentRecord): string[] =>
  readFileSync(join(summary.dir, incident.affected.file), 'utf8').split('\n').filter(Boolean);
const sorted = (values: string[]): string[] => [...values].sort();

test('buildDemo writes every stage, with the rows it reports', () => {
  assert.deepEqual(summary.stages.map((s) => s.name), ['ingest', 'clean', 'features', 'predict', 'feedback']);
  for (const stage of summary.stages) {
    assert.ok(stage.files.length >= 6, `${stage.name} has a file per month`);
    assert.equal(rows[stage.name].length, stage.rows, stage.name);
  }
  assert.ok(rows.ingest.length > 14_000 && rows.ingest.length <= 15_000);
  assert.match(summary.sample, /every 200th flight/);
  assert.ok(existsSync(join(summary.dir, 'logs', 'runs.jsonl')) && existsSync(join(summary.dir, 'README.md')));
});

test('the manifest names the demo and its stage globs match exactly the files written', () => {
  const manifest = JSON.parse(readFileSync(summary.manifest, 'utf8')) as { name: string; stages: { name: string; files: string }[]; runs: { files: string } };
  assert.equal(manifest.name, 'flights-demo');
  for (const stage of manifest.stages) {
    const written = summary.stages.find((s) => s.name === stage.name);
    assert.ok(written, stage.name);
    assert.deepEqual(expandGlobs([stage.files], summary.dir), sorted(written.files.map((f) => join(summary.dir, f))));
  }
  assert.equal(expandGlobs([manifest.runs.files], summary.dir).length, 1);
});

test('predict logs v1 before the rollout and v2 with a v1 shadow score after it', () => {
  const rollout = Date.parse('2001-04-01T00:00:00Z');
  for (const row of rows.predict) {
    const after = time(row.event_time) >= rollout;
    assert.equal(row.model_version, after ? 'v2' : 'v1');
    assert.equal(row.shadow_score === null, !after);
  }
});

test('incident: dep_hour bug counts match the features rows that disagree with event_time', () => {
  const incident = incidents.get('features-dep-hour-tx');
  assert.ok(incident);
  const wrong = rows.features.filter((r) => r.dep_hour !== new Date(time(r.event_time)).getUTCHours());
  assert.ok(wrong.length > 0);
  assert.equal(incident.affected.count, wrong.length);
  assert.deepEqual(sorted(ids(incident)), sorted(wrong.map((r) => String(r.flight_id))));
  for (const r of wrong) assert.ok(r.origin_state === 'TX' && time(r.event_time) >= Date.parse(incident.onset));
});

test('incident: null destinations in ingest are counted and missing from clean', () => {
  const incident = incidents.get('ingest-null-destination');
  assert.ok(incident);
  const blank = rows.ingest.filter((r) => r.destination === null).map((r) => String(r.flight_id));
  assert.ok(blank.length > 0);
  assert.equal(incident.affected.count, blank.length);
  assert.deepEqual(sorted(ids(incident)), sorted(blank));
  const cleanIds = new Set(rows.clean.map((r) => r.flight_id));
  for (const id of blank) assert.ok(!cleanIds.has(id));
});

test('incident: ORD label delay counts match ingest and feedback', () => {
  const incident = incidents.get('feedback-lag-ord');
  assert.ok(incident);
  const onset = Date.parse(incident.onset);
  const hit = rows.ingest.filter((r) => r.origin === 'ORD' && time(r.event_time) >= onset).map((r) => String(r.flight_id));
  assert.equal(incident.affected.count, hit.length);
  assert.deepEqual(sorted(ids(incident)), sorted(hit));
  const hitSet = new Set(hit);
  const labeled = rows.feedback.filter((r) => hitSet.has(String(r.flight_id))).length;
  assert.equal(incident.affected.labelsDelayed, labeled);
  assert.equal(incident.affected.labelsNeverArrived, hit.length - labeled);
});

test('incident: distance_km in miles matches the clean rows that equal the ingested miles', () => {
  const incident = incidents.get('clean-distance-km-in-miles');
  assert.ok(incident);
  const miles = new Map(rows.ingest.map((r) => [r.flight_id, Number(r.distance)]));
  const inMiles = rows.clean.filter((r) => r.distance_km === miles.get(r.flight_id)).map((r) => String(r.flight_id));
  assert.ok(inMiles.length > 0);
  assert.equal(incident.affected.count, inMiles.length);
  assert.deepEqual(sorted(ids(incident)), sorted(inMiles));
});

test('buildDemo refuses a non-empty folder that is not a demo', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-foreign-'));
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  await assert.rejects(buildDemo(dir), (error: unknown) => isInputError(error) && error.code === 'demo.dir-not-empty');
  assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'mine');
});

test('prepareDemoDir clears a previous demo and keeps files it did not write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-previous-'));
  writeFileSync(join(dir, 'sightline.json'), JSON.stringify({ name: 'flights-demo' }));
  mkdirSync(join(dir, 'logs'));
  writeFileSync(join(dir, 'logs', 'old.csv'), 'x\n');
  writeFileSync(join(dir, 'report.html'), '<html></html>');
  await prepareDemoDir(dir);
  assert.ok(!existsSync(join(dir, 'logs')) && !existsSync(join(dir, 'sightline.json')));
  assert.ok(existsSync(join(dir, 'report.html')));
});
