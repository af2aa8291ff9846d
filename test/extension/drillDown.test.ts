import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drillDownCode } from '../../extension/notebook/drillDownCode';
import { parseRendererMessage } from '../../extension/notebook/rendererMessages';
import { rewriteCell } from '../../extension/notebook/kernel/rewriteCell';

test('a slice drill-down searches again within the slice features, with the same error', () => {
  const code = drillDownCode(
    { kind: 'slice', source: '/data/scored.csv', rank: 2, predicates: [{ feature: 'country', value: 'FR' }, { feature: 'device', value: 'android' }], size: 150, error: 0.5612, errorSpec: { label: 'label', prediction: 'predicted' } },
    true,
  );
  assert.equal(
    code,
    '// Slice #2: country = FR & device = android (150 rows, error 0.561): every slice of its features\n' +
      'await sightline.slices("/data/scored.csv", { label: "label", prediction: "predicted", features: ["country","device"], maxLevel: 2 })',
  );
  const table = drillDownCode({ kind: 'slice', source: 'table', rank: 1, predicates: [{ feature: 'x', value: '1' }], size: 40, error: 0.3, errorSpec: { error: 'loss' } }, false);
  assert.match(table, /await sightline\.slices\(table \/\* the table the search ran on \*\/, \{ error: "loss", features: \["x"\], maxLevel: 1 \}\)/);
});

test('an incident drill-down follows a record of its onset window, one with the null when the incident is nulls', () => {
  const code = drillDownCode({ kind: 'incident', source: '/data/sightline.json', rank: 1, stage: 'ingest', column: 'amount', start: Date.UTC(2024, 0, 21), end: Date.UTC(2024, 0, 22), nulls: true }, true);
  assert.equal(
    code,
    '// Incident 1: ingest.amount since 2024-01-21 00:00 UTC; a record of its onset window through every stage\n' +
      `const [incidentKey] = await sightline.keys("/data/sightline.json", { stage: "ingest", start: ${Date.UTC(2024, 0, 21)}, end: ${Date.UTC(2024, 0, 22)}, missing: "amount" });\n` +
      'await sightline.why("/data/sightline.json", incidentKey)',
  );
});

test('drill-down values never become code: names are literals and comments stay on one line', () => {
  const evil = 'x"); process.exit(1); ("\n// */\u2028';
  const code = drillDownCode({ kind: 'lineageStage', source: '/data/sightline.json', key: evil, stage: evil }, true);
  const lines = code.split('\n');
  assert.equal(lines.length, 3);
  assert.ok(lines[0].startsWith('// '));
  assert.ok(!code.includes('\u2028') && lines[1].includes('\\u2028'), 'line separators are escaped');
  assert.doesNotThrow(() => rewriteCell(code));
  // Running the lines' literals back gives the key: it is data in a string, nothing else.
  const literal = /sightline\.why\("\/data\/sightline\.json", (".*")\);$/.exec(lines[1]);
  assert.ok(literal);
  assert.equal(JSON.parse(literal[1]), evil);
});

test('drill-down messages from the renderer are checked field by field', () => {
  const slice = { kind: 'slice', source: '/d.csv', rank: 1, predicates: [{ feature: 'a', value: 'b' }], size: 3, error: 0.5 };
  assert.deepEqual(parseRendererMessage({ type: 'drillDown', outputId: 'o1', drill: slice }), { type: 'drillDown', outputId: 'o1', drill: slice });
  assert.equal(parseRendererMessage({ type: 'drillDown', drill: { ...slice, predicates: [] } }), undefined);
  assert.equal(parseRendererMessage({ type: 'drillDown', drill: { ...slice, rank: -1 } }), undefined);
  assert.equal(parseRendererMessage({ type: 'drillDown', drill: { kind: 'incident', source: '/m.json', rank: 1, stage: 's', column: 'c', start: 0, end: Number.NaN } }), undefined);
  assert.deepEqual(parseRendererMessage({ type: 'drillDown', drill: { kind: 'lineageStage', source: '/m.json', key: 'k', stage: 's', code: 'alert(1)' } }), {
    type: 'drillDown',
    drill: { kind: 'lineageStage', source: '/m.json', key: 'k', stage: 's' },
  });
  assert.deepEqual(parseRendererMessage({ type: 'drillDown', drill: { ...slice, errorSpec: { error: 7 } } }), { type: 'drillDown', drill: slice });
});

test('a slice-diff drill-down diffs the same stage and ranges again on the slice features', () => {
  const reference = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 25) };
  const current = { start: Date.UTC(2024, 0, 25), end: Date.UTC(2024, 0, 31) };
  const predicates = [{ feature: 'device', value: 'ios' }, { feature: 'country', value: 'FR' }];
  const code = drillDownCode({ kind: 'sliceDiff', source: '/data/sightline.json', stage: 'scored', reference, current, direction: 'grown', rank: 2, predicates, riskRatio: 1.4321 }, true);
  assert.equal(
    code,
    '// Grown slice #2: device = ios & country = FR (risk ratio 1.43) in scored, 2024-01-25..2024-01-31 vs 2024-01-01..2024-01-25: every slice of its features\n' +
      `await sightline.sliceDiff("/data/sightline.json", { stage: "scored", reference: { start: ${reference.start}, end: ${reference.end} }, current: { start: ${current.start}, end: ${current.end} }, features: ["device","country"], maxLevel: 2 })`,
  );
  const cut = current.start;
  const open = drillDownCode({ kind: 'sliceDiff', source: '/m.json', stage: 'a"b', reference: { end: cut }, current: { start: cut }, direction: 'shrunk', rank: 1, predicates: [{ feature: 'x', value: '1' }], riskRatio: 0.5 }, true);
  assert.match(open, /^\/\/ Shrunk slice #1: x = 1 \(risk ratio 0\.5\) in a"b, 2024-01-25\.\. vs \.\.2024-01-25: every slice/);
  assert.ok(open.endsWith(`{ stage: "a\\"b", reference: { end: ${cut} }, current: { start: ${cut} }, features: ["x"], maxLevel: 1 })`), open);
  assert.doesNotThrow(() => rewriteCell(open));
});

test('slice-diff drill-down messages are checked field by field, ranges included', () => {
  const drill = { kind: 'sliceDiff', source: '/m.json', stage: 'scored', reference: { start: 0, end: 10 }, current: { start: 10 }, direction: 'grown', rank: 1, predicates: [{ feature: 'device', value: 'ios' }], riskRatio: 2 };
  assert.deepEqual(parseRendererMessage({ type: 'drillDown', outputId: 'o2', drill }), { type: 'drillDown', outputId: 'o2', drill });
  for (const bad of [{ direction: 'sideways' }, { reference: { start: 10, end: 0 } }, { current: { start: '10' } }, { current: undefined }, { stage: '' }, { riskRatio: Number.POSITIVE_INFINITY }, { predicates: [] }]) {
    assert.equal(parseRendererMessage({ type: 'drillDown', drill: { ...drill, ...bad } }), undefined, JSON.stringify(bad));
  }
  assert.deepEqual(parseRendererMessage({ type: 'drillDown', drill: { ...drill, reference: { start: 0, end: 10, code: 'x' } } }), { type: 'drillDown', drill });
});
