import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { overviewReport, renderReport } from '../../core/report';
import { writeOverviewReport } from '../../core/report/writeOverviewReport';
import { openPipeline } from '../../core/io/openPipeline';
import { overviewFixture } from './fixture';
import { traceFixture } from '../extension/diagnosisFixtures';
import { diagnosisWorkspace } from '../vscode/ui/diagnosisWorkspace';

const assets = { plotlyJs: 'window.Plotly = {};', reportJs: '' };

function section(page: string, id: string): string {
  const match = new RegExp(`<section[^>]*id="${id}"[\\s\\S]*?</section>`).exec(page);
  assert.ok(match, `section ${id}`);
  return match[0];
}

test('the diagnosis section lists each incident with its first stage.column, onset, downstream and runs', () => {
  const page = renderReport(overviewReport(overviewFixture(), { trace: traceFixture() }), assets);
  const diagnosis = section(page, 'diagnosis');
  assert.match(diagnosis, /Diagnosis: where each incident starts/);
  assert.match(diagnosis, /0 alerts and warnings grouped into 1 incident/);
  assert.match(diagnosis, /<td class="num">1<\/td><td><code>ingest\.amount<\/code><\/td><td>nulls<\/td><td>2024-01-21 \[2024-01-20 – 2024-01-21\]<\/td><td>scored\.amount from 2024-01-21<\/td><td>ingest v2 began \(after v1\)<\/td>/);
  const loss = section(page, 'record-loss');
  assert.match(loss, /<td>ingest → scored<\/td><td class="num">1,440<\/td><td class="num">49 \(3\.4%\)<\/td><td class="num">0 \(0%\)<\/td><td class="num">3 \(0\.2%\)<\/td><td class="num">1<\/td>/);
  assert.ok(page.indexOf('id="diagnosis"') < page.indexOf('id="record-loss"'));
});

test('a trace without incidents says so, a hostile column stays text, and no trace means no section', () => {
  const quiet = { ...traceFixture(), incidents: [], stageLoss: [] };
  const page = renderReport(overviewReport(overviewFixture(), { trace: quiet }), assets);
  assert.match(section(page, 'diagnosis'), /No alerts or warnings, so nothing to trace\./);
  assert.doesNotMatch(page, /id="record-loss"/);
  const hostile = traceFixture();
  hostile.incidents[0].column = '<img src=x onerror=alert(1)>';
  assert.match(section(renderReport(overviewReport(overviewFixture(), { trace: hostile }), assets), 'diagnosis'), /<code>ingest\.&lt;img src=x onerror=alert\(1\)&gt;<\/code>/);
  assert.doesNotMatch(renderReport(overviewReport(overviewFixture()), assets), /id="diagnosis"/);
});

test('sightline report traces the detection alerts into the diagnosis section; --no-detect leaves it out', async () => {
  const dir = diagnosisWorkspace();
  const out = mkdtempSync(join(tmpdir(), 'sightline-diagnosis-report-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
  const written = await writeOverviewReport(openPipeline(join(dir, 'sightline.json')), join(out, 'with.html'), { bucket: 'day' });
  assert.ok(written.trace);
  const page = readFileSync(written.path, 'utf8');
  assert.match(section(page, 'diagnosis'), /<td><code>ingest\.amount<\/code><\/td><td>nulls<\/td><td>2024-01-2\d/);
  assert.match(section(page, 'record-loss'), /<td>ingest → scored<\/td><td class="num">1,440<\/td>/);
  const bare = await writeOverviewReport(openPipeline(join(dir, 'sightline.json')), join(out, 'without.html'), { bucket: 'day', detect: false });
  assert.equal(bare.trace, undefined);
  const without = readFileSync(bare.path, 'utf8');
  assert.doesNotMatch(without, /id="diagnosis"|id="record-loss"|id="detection"/);
});
