import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overviewReport, renderReport } from '../../core/report';
import { attachmentScriptId } from '../../core/report/ids';
import { overviewFixture } from './fixture';
import { whatIfFixture } from '../core/charts/whatIfFixture';
import { whatIfPlainText } from '../../core/report/reactionText';
import { resultHtml } from '../../extension/notebook/kernel/resultHtml';
import { resultText } from '../../extension/notebook/kernel/resultText';

const assets = { plotlyJs: 'window.Plotly = {};', reportJs: '' };

function section(page: string, id: string): string {
  const match = new RegExp(`<section[^>]*id="${id}"[\\s\\S]*?</section>`).exec(page);
  assert.ok(match, `section ${id}`);
  return match[0];
}

test('a reaction section per what-if: verdict, metric table with intervals, charts drawn from the attached result', () => {
  const page = renderReport(overviewReport(overviewFixture(), { whatifs: [whatIfFixture()] }), assets);
  const main = section(page, 'reaction-1');
  assert.match(main, /Reaction: Threshold \(best F1\)/);
  assert.match(main, /Verdict: helps<\/strong> · F1 0\.61 → 0\.68, after − before \+0\.07 \[\+0\.04, \+0\.1\] on 1,800 labeled records/);
  assert.match(main, /the metrics disagree/);
  assert.match(main, /<td>F1 \(primary\)<\/td><td class="num">0\.61 \[0\.58, 0\.64\]<\/td><td class="num">0\.68 \[0\.65, 0\.71\]<\/td><td class="num">\+0\.07 \[\+0\.04, \+0\.1\]<\/td><td>helps<\/td>/);
  assert.match(main, /<td>accuracy<\/td>.*<td>no clear change<\/td>/);
  assert.match(main, /1,800 labeled of 2,400 out-of-sample records \(75%\) · 120 decisions changed of 2,400 records/);
  assert.match(main, /<figure class="chart" data-chart="whatif\.overTime" data-result="whatif-0">/);
  const slices = section(page, 'reaction-1-slices');
  assert.match(slices, /data-chart="whatif\.bySlice" data-result="whatif-0"/);
  assert.ok(slices.indexOf('region = south') < slices.indexOf('region = north'), 'largest gain first');
  const ship = section(page, 'reaction-1-ship');
  assert.match(ship, /Predict positive when score &gt;= 0\.42\./);
  assert.match(ship, /&quot;global&quot;: 0\.42/);
  assert.match(page, new RegExp(`<script type="application/json" id="${attachmentScriptId('whatif-0')}">\\{"kind":"whatif"`));
  assert.doesNotMatch(page, /data-chart="whatif\.schedule"/, 'no replay, no schedule section');
});

test('two what-ifs get their own sections and attachments; none means no reaction section', () => {
  const second = whatIfFixture({ remediation: { kind: 'recalibrate', method: 'platt' }, verdict: 'no clear change', bySlice: [] });
  const page = renderReport(overviewReport(overviewFixture(), { whatifs: [whatIfFixture(), second] }), assets);
  assert.match(section(page, 'reaction-2'), /Reaction: Recalibration \(platt\)/);
  assert.match(page, /data-result="whatif-1"/);
  assert.doesNotMatch(page, /id="reaction-2-slices"/);
  assert.doesNotMatch(renderReport(overviewReport(overviewFixture()), assets), /id="reaction-1"|sightline-result-whatif/);
});

test('no defined window: the over-time chart gives way to a note; hostile text stays text', () => {
  const result = whatIfFixture({ overTime: [], assumptions: ['<img src=x onerror=alert(1)>'] });
  const page = renderReport(overviewReport(overviewFixture(), { whatifs: [result] }), assets);
  assert.match(section(page, 'reaction-1'), /nothing to draw over time/);
  assert.match(section(page, 'reaction-1-ship'), /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('static fallbacks read without the renderer: verdict, intervals, assumptions, export', () => {
  const result = whatIfFixture();
  const page = resultHtml(result);
  assert.match(page, /Sightline what-if: fixture pipeline/);
  assert.match(page, /Verdict: helps/);
  assert.match(page, /\+0\.07 \[\+0\.04, \+0\.1\]/);
  assert.match(page, /Note:<\/strong> the metrics disagree/);
  assert.match(page, /&quot;global&quot;: 0\.42/);
  assert.doesNotMatch(page, /<script/);
  const text = resultText(result);
  assert.equal(text, whatIfPlainText(result));
  assert.match(text, /VERDICT: HELPS · F1 0\.61 → 0\.68/);
  assert.match(text, /accuracy · before 0\.9 \[0\.89, 0\.91\] · after 0\.902 \[0\.892, 0\.912\] · after − before \+0\.002 \[-0\.004, \+0\.008\] · verdict no clear change/);
  assert.match(text, /region = south · labeled 900/);
  assert.match(text, /"global": 0\.42/);
});
