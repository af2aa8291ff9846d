import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MonitorAlert, MonitorResult } from '../../core/protocol';
import { itemView } from '../../extension/explorer/explorerItems';
import { alertCountText, alertLabel } from '../../extension/explorer/alertItems';
import { childrenOf, pipelineNode, type AlertsState, type ExplorerNode, type PipelineState } from '../../extension/explorer/explorerNodes';
import { snapshot } from '../../extension/explorer/explorerSnapshot';
import { alertStatusView } from '../../extension/explorer/statusText';
import { overviewFixture } from '../report/fixture';

const TARGET = '/work/pipelines/shop/sightline.json';
const DAY = 86_400_000;
const ready: PipelineState = { status: 'ready', result: overviewFixture().inspect };

function alert(over: Partial<MonitorAlert>): MonitorAlert {
  return { id: 'a', kind: 'nulls', stage: 'features', column: 'dep_hour', onset: Date.UTC(2001, 3, 15), last: Date.UTC(2001, 3, 17), windows: 3, severity: 'warn', score: 4.6, evidence: 'null rate 12% vs 1%', ...over };
}

function monitor(alerts: MonitorAlert[]): MonitorResult {
  return { kind: 'monitor', version: 1, pipeline: 'shop', source: TARGET, bucket: 'day', reference: { source: 'range', start: 0, end: 7 * DAY }, windows: [0, DAY, 2 * DAY], stages: [], alerts };
}

const ALERTS = [
  alert({ id: 'w-late', onset: Date.UTC(2001, 3, 20) }),
  alert({ id: 'drift', kind: 'drift', severity: 'alert', score: 9.1 }),
  alert({ id: 'volume', kind: 'volume', stage: 'ingest', column: '*', severity: 'alert', score: 6.3, onset: Date.UTC(2001, 3, 10, 6) }),
];

const alertsNode = (state: AlertsState): ExplorerNode => {
  const node = childrenOf(pipelineNode(TARGET), () => ready, () => state).at(-1);
  assert.ok(node?.kind === 'alerts');
  return node;
};

describe('alerts in the explorer', () => {
  test('the Alerts item counts alerts and warnings and lists each, alerts first, by onset', () => {
    const state: AlertsState = { status: 'ready', result: monitor(ALERTS) };
    const node = alertsNode(state);
    const view = itemView(node, () => ready, () => state);
    assert.equal(view.description, '2 alerts · 1 warning');
    assert.equal(view.collapsible, 'expanded');
    assert.equal(view.icon, 'bell-dot');
    assert.deepEqual(view.runs, { command: 'sightline.monitorPipeline', arguments: [{ target: TARGET }] });
    const children = childrenOf(node, () => ready, () => state);
    const views = children.map((child) => itemView(child, () => ready, () => state));
    assert.deepEqual(
      views.map((v) => [v.label, v.icon, v.contextValue]),
      [
        ['ingest · volume · since 2001-04-10 06:00', 'error', 'alert'],
        ['features.dep_hour · drift · since 2001-04-15', 'error', 'alert'],
        ['features.dep_hour · nulls · since 2001-04-20', 'warning', 'alert'],
      ],
    );
    assert.deepEqual(views[1].runs, { command: 'sightline.monitorPipeline', arguments: [{ target: TARGET, alert: 'drift' }] });
    assert.match(views[1].tooltip ?? '', /alert · score 9\.1 · 3 windows \(2001-04-15 – 2001-04-17\)/);
    assert.equal(new Set(children.map((c) => c.id)).size, children.length);
    // Actions on an alert (Find Slices, Trace Stages) get the monitoring's reference and window, so they need not monitor again.
    for (const child of children) assert.ok(child.kind === 'alert' && child.bucket === 'day' && child.reference.start === 0 && child.reference.end === 7 * DAY);
  });

  test('no alerts: "none" and nothing to expand; while monitoring runs again the old count stays', () => {
    const none: AlertsState = { status: 'ready', result: monitor([]) };
    const view = itemView(alertsNode(none), () => ready, () => none);
    assert.deepEqual([view.description, view.collapsible], ['none', 'none']);
    const rerun: AlertsState = { status: 'loading', previous: monitor(ALERTS) };
    assert.equal(itemView(alertsNode(rerun), () => ready, () => rerun).description, '2 alerts · 1 warning (updating…)');
    assert.equal(childrenOf(alertsNode(rerun), () => ready, () => rerun).length, 3);
    const first: AlertsState = { status: 'loading' };
    assert.equal(itemView(alertsNode(first), () => ready, () => first).description, 'monitoring…');
  });

  test('a failed monitoring says so with the reason in the tooltip', () => {
    const failed: AlertsState = { status: 'error', error: { code: 'x', message: 'stage "s" has no column "ts"', hint: 'fix the manifest' } };
    const view = itemView(alertsNode(failed), () => ready, () => failed);
    assert.equal(view.description, 'monitoring failed');
    assert.match(view.tooltip ?? '', /no column "ts"[\s\S]*fix the manifest/);
  });

  test('snapshot includes the alert rows', () => {
    const state: AlertsState = { status: 'ready', result: monitor(ALERTS) };
    const tree = snapshot(pipelineNode(TARGET), () => ready, 2, () => state);
    const alerts = tree.children?.at(-1);
    assert.equal(alerts?.children?.length, 3);
  });

  test('labels and counts read as words', () => {
    assert.equal(alertLabel(alert({})), 'features.dep_hour · nulls · since 2001-04-15');
    assert.equal(alertCountText([]), 'none');
    assert.equal(alertCountText([alert({ severity: 'alert' })]), '1 alert');
  });
});

describe('alerts in the status bar', () => {
  test('a bell with the count, a tooltip in words; hidden before monitoring', () => {
    const view = alertStatusView({ status: 'ready', result: monitor(ALERTS) });
    assert.equal(view?.text, '$(bell-dot) 3 alerts');
    assert.match(view?.tooltip ?? '', /2 alerts · 1 warning in 3 windows of shop/);
    assert.match(view?.tooltip ?? '', /Click to open the monitoring dashboard/);
    assert.equal(alertStatusView({ status: 'ready', result: monitor([]) })?.text, '$(bell) no alerts');
    assert.equal(alertStatusView({ status: 'idle' }), undefined);
    assert.equal(alertStatusView({ status: 'loading' })?.text, '$(loading~spin) monitoring…');
    assert.ok(alertStatusView({ status: 'error', error: { code: 'x', message: 'boom' } })?.isError);
  });
});
