import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InspectResult } from '../../core/protocol';
import { columnDescription, escapeMarkdown, itemView, pipelineLabel, targetLabel } from '../../extension/explorer/explorerItems';
import { childrenOf, pipelineNode, type ExplorerNode, type PipelineState } from '../../extension/explorer/explorerNodes';
import { snapshot } from '../../extension/explorer/explorerSnapshot';
import { statusView } from '../../extension/explorer/statusText';
import { overviewFixture } from '../report/fixture';

const TARGET = '/work/pipelines/shop/sightline.json';
const inspect: InspectResult = overviewFixture().inspect;
const ready: PipelineState = { status: 'ready', result: inspect };
const states = (state: PipelineState) => () => state;

function walk(node: ExplorerNode, state: PipelineState): ExplorerNode[] {
  return childrenOf(node, states(state));
}

describe('explorer tree from an InspectResult', () => {
  test('a pipeline shows its stages in order, then Alerts', () => {
    const children = walk(pipelineNode(TARGET), ready);
    assert.deepEqual(children.map((c) => (c.kind === 'stage' ? c.stage.name : c.kind)), [...inspect.stages.map((s) => s.name), 'alerts']);
    const alerts = itemView(children.at(-1) as ExplorerNode, states(ready));
    assert.equal(alerts.label, 'Alerts');
    assert.equal(alerts.description, 'not monitored yet');
    assert.equal(alerts.contextValue, 'alerts');
  });

  test('a stage holds Files and Columns; context values match the package.json menus', () => {
    const stage = walk(pipelineNode(TARGET), ready)[0];
    const [files, columns] = walk(stage, ready);
    const file = walk(files, ready)[0];
    const column = walk(columns, ready)[0];
    assert.deepEqual([stage, file, column].map((n) => itemView(n, states(ready)).contextValue), ['stage', 'file', 'column']);
    assert.equal(itemView(pipelineNode(TARGET), states(ready)).contextValue, 'pipeline');
    assert.equal(walk(files, ready).length, inspect.stages[0].files.length);
    assert.equal(walk(columns, ready).length, inspect.stages[0].columns.length);
    assert.deepEqual(itemView(file, states(ready)).opens, { path: inspect.stages[0].files[0].path });
  });

  test('node ids are unique across the whole tree', () => {
    const ids: string[] = [];
    const visit = (node: ExplorerNode) => {
      ids.push(node.id);
      walk(node, ready).forEach(visit);
    };
    visit(pipelineNode(TARGET));
    assert.equal(new Set(ids).size, ids.length);
  });

  test('a column reads "type · null rate", with its role unless it is a plain feature', () => {
    assert.equal(columnDescription({ name: 'amount', type: 'number', nullRate: 0.004, nullCount: 4 }), 'number · 0.4% null');
    assert.equal(columnDescription({ name: 'label', type: 'number', role: 'label', nullRate: 0.412, nullCount: 9 }), 'number · 41.2% null · label');
    assert.equal(columnDescription({ name: 'f', type: 'category', role: 'feature', nullRate: 0, nullCount: 0 }), 'category · 0% null');
  });

  test('stage tooltips carry rows, time span and label coverage', () => {
    const labeled = inspect.stages.find((s) => s.labels);
    assert.ok(labeled, 'the fixture has a labeled stage');
    const node = walk(pipelineNode(TARGET), ready).find((n) => n.kind === 'stage' && n.stage.name === labeled.name) as ExplorerNode;
    const tooltip = itemView(node, states(ready)).tooltip ?? '';
    assert.match(tooltip, /rows/);
    assert.match(tooltip, /Time span \(UTC\): 2024-03-01/);
    assert.match(tooltip, /Label coverage: \d/);
  });

  test('before the inspect lands the pipeline shows Loading…, and keeps the old stages while it refreshes', () => {
    assert.deepEqual(walk(pipelineNode(TARGET), { status: 'idle' }).map((n) => n.kind), ['loading']);
    assert.deepEqual(walk(pipelineNode(TARGET), { status: 'loading' }).map((n) => n.kind), ['loading']);
    const refreshing = walk(pipelineNode(TARGET), { status: 'loading', previous: inspect });
    assert.equal(refreshing.filter((n) => n.kind === 'stage').length, inspect.stages.length);
    assert.equal(itemView(pipelineNode(TARGET), states({ status: 'loading' })).description, 'loading…');
  });

  test('an error row says what went wrong and opens the file at the line', () => {
    const error: PipelineState = { status: 'error', error: { code: 'manifest', message: 'stage "x" has no files', hint: 'check the glob', file: TARGET, line: 7 } };
    const [row] = walk(pipelineNode(TARGET), error);
    const view = itemView(row, states(error));
    assert.equal(view.description, 'stage "x" has no files');
    assert.deepEqual(view.opens, { path: TARGET, line: 7 });
    assert.match(view.tooltip ?? '', /check the glob/);
  });

  test('pipelines are named by the manifest once read, by folder or file before', () => {
    assert.equal(pipelineLabel(TARGET, { status: 'idle' }), 'shop');
    assert.equal(pipelineLabel(TARGET, ready), inspect.pipeline);
    assert.equal(targetLabel('/data/preds.parquet'), 'preds.parquet');
    assert.equal(targetLabel('C:\\logs\\sightline.json'), 'logs');
  });

  test('snapshot lists the tree as far down as asked', () => {
    const tree = snapshot(pipelineNode(TARGET), states(ready), 3);
    assert.equal(tree.children?.length, inspect.stages.length + 1);
    assert.deepEqual(tree.children?.[0].children?.map((c) => c.label), ['Files', 'Columns']);
    assert.equal(tree.children?.[0].children?.[1].children?.length, inspect.stages[0].columns.length);
    assert.equal(snapshot(pipelineNode(TARGET), states(ready), 0).children, undefined);
  });

  test('user text stays literal in markdown tooltips', () => {
    assert.equal(escapeMarkdown('a*b_[c](d)'), 'a\\*b\\_\\[c\\]\\(d\\)');
  });
});

describe('status bar text', () => {
  test('name and state, with an error flag', () => {
    assert.equal(statusView(TARGET, ready).text, `$(graph) ${inspect.pipeline}: ${inspect.stages.length} stages`);
    assert.equal(statusView(TARGET, { status: 'loading' }).text, '$(loading~spin) shop: loading…');
    assert.equal(statusView(TARGET, { status: 'idle' }).text, '$(graph) shop');
    const failed = statusView(TARGET, { status: 'error', error: { code: 'x', message: 'bad manifest' } });
    assert.equal(failed.text, '$(error) shop: error');
    assert.ok(failed.isError);
    assert.match(failed.tooltip, /bad manifest/);
  });
});
