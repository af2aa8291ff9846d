import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TraceResult } from '../../core/protocol';
import { tableCsv } from '../../core/charts/csv';
import { NO_RUNS_TEXT, RUN_HEADERS, VERSION_HEADERS, rankingIntro, runRows, runsEmptyText, runsIntro, versionRows } from '../../core/report/runCells';
import { diagnosisSections } from '../../core/report/diagnosisSections';
import { traceText } from '../../cli/format/traceText';
import { cellOutputItems } from '../../extension/notebook/kernel/cellOutputs';
import { traceFixture } from '../extension/diagnosisFixtures';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/** The fixture's incident began with ingest v2 in run r7; r9 is a later run of v2, s1 another component's run. */
function rankedTrace(): TraceResult {
  const trace = traceFixture();
  trace.runsRanking = {
    flaggedOutputs: 8,
    codeVersions: [{ component: 'ingest', codeVersion: 'v2', runs: 2, coverage: 6, outputs: 8, flaggedShare: 0.75 }],
    runs: [
      { component: 'ingest', runId: 'r9', codeVersion: 'v2', startedAt: T0 + 21 * DAY, coverage: 6, stages: ['ingest'] },
      { component: 'ingest', runId: 'r7', codeVersion: 'v2', startedAt: T0 + 20 * DAY, coverage: 4, stages: ['ingest'] },
      { component: 'scorer', runId: 's1', codeVersion: 'm@3', startedAt: T0 + 19 * DAY, coverage: 2, stages: ['scored'] },
      { component: 'feed', runId: 'f1', codeVersion: 'f@1', startedAt: T0 + 18 * DAY, coverage: 1 },
    ],
  };
  return trace;
}

test('ranked runs keep the result order and mark the run and the version that began at an incident onset', () => {
  const rows = runRows(rankedTrace());
  assert.deepEqual(rows.map((r) => r.run.runId), ['r9', 'r7', 's1', 'f1']);
  assert.deepEqual(rows[1].cells, ['2', 'r7', 'ingest', 'v2', '2024-01-21', '4', '50%', 'run began at incident #1']);
  assert.equal(rows[0].cells[7], 'version began at incident #1');
  assert.deepEqual([rows[0].runBegan, rows[0].versionBegan, rows[1].runBegan], [[], [1], [1]]);
  assert.equal(rows[2].cells[2], 'scored / scorer', 'a stage named apart from its component shows both');
  assert.equal(rows[3].cells[2], 'feed', 'a run producing no stage shows its component');
  assert.equal(rows[2].cells[7], '');
  assert.equal(rows[0].cells.length, RUN_HEADERS.length);
  assert.match(runsIntro(rankedTrace()), /^4 runs with the most flagged outputs downstream of them \(mltrace coverage; 8 flagged stage windows\)/);
});

test('ranked code versions keep the result order and mark the version that began at an incident onset', () => {
  const trace = rankedTrace();
  trace.runsRanking?.codeVersions.push({ component: 'scorer', codeVersion: 'm@3', runs: 5, coverage: 2, outputs: 40, flaggedShare: 0.05 });
  const rows = versionRows(trace);
  assert.deepEqual(rows[0].cells, ['1', 'ingest', 'v2', '2', '6', '75%', '75%', 'began at incident #1']);
  assert.match(rankingIntro(trace), /^Code versions and the 4 runs with the most flagged outputs downstream/);
  assert.deepEqual(rows[1].cells, ['2', 'scorer', 'm@3', '5', '2', '25%', '5%', '']);
  assert.equal(rows[0].cells.length, VERSION_HEADERS.length);
  assert.equal(versionRows(trace, 1).length, 1);
  assert.deepEqual(versionRows(traceFixture()), []);
});

test('without a runs log the runs table is empty and says why', () => {
  const trace = traceFixture();
  assert.deepEqual(runRows(trace), []);
  assert.equal(runsIntro(trace), NO_RUNS_TEXT);
  assert.match(traceText(trace), /No runs log: name one with "runs" in sightline\.json/);
  assert.match(cellOutputItems(trace)[1].text, /No runs log/);
  assert.match(cellOutputItems(trace)[2].text, /No runs log/);
  assert.equal(runsEmptyText(trace), NO_RUNS_TEXT);
  const uncovered = { ...trace, runsRanking: { flaggedOutputs: 0, codeVersions: [], runs: [] } };
  assert.equal(runsEmptyText(uncovered), 'No flagged output lies downstream of any run.');
  assert.match(traceText(uncovered), /Component runs: No flagged output lies downstream of any run\./);
  assert.equal(runsEmptyText(rankedTrace()), undefined);
});

test('table CSV quotes separators and neutralizes formula cells', () => {
  assert.equal(tableCsv(['a', 'b'], [['x,y', '=1+1'], ['say "hi"', '2']]), 'a,b\n"x,y",\'=1+1\n"say ""hi""",2\n');
});

test('the CLI text, the notebook fallbacks and the report all show the ranked runs', () => {
  const trace = rankedTrace();
  const cli = traceText(trace);
  assert.match(cli, /Component runs: 4 runs with the most flagged outputs/);
  const lines = cli.split('\n');
  assert.ok(lines.includes('Rank  Run  Stage / component  Code version  Started (UTC)  Flagged outputs  Share of flagged  Began at onset'), cli);
  assert.ok(lines.includes('   2  r7   ingest             v2            2024-01-21                   4               50%  run began at incident #1'), cli);
  assert.ok(lines.includes('   4  f1   feed               f@1           2024-01-19                   1             12.5%'), cli);
  const [, html, text] = cellOutputItems(trace);
  assert.match(html.text, /Component runs: 4 runs/);
  assert.match(html.text, /<td[^>]*>2<\/td><td[^>]*><strong>r7<\/strong><\/td><td[^>]*>ingest<\/td><td[^>]*>v2<\/td><td[^>]*>2024-01-21<\/td><td[^>]*>4<\/td><td[^>]*>50%<\/td><td[^>]*>run began at incident #1<\/td>/);
  assert.match(text.text, /\n {4}1 · run r9 · stage \/ component ingest · code version v2 · started \(utc\) 2024-01-22 · flagged outputs 6 · share of flagged 75% · began at onset version began at incident #1/);
  const section = diagnosisSections(trace).find((s) => s.id === 'component-runs');
  assert.ok(section?.body, 'the report has the runs section');
  assert.match(String(section.body.value), /<td>scored \/ scorer<\/td>/);
});
