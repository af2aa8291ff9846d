import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InspectResult } from '../../core/protocol';
import type { PipelineState } from '../../extension/explorer/explorerNodes';
import { engineOverride } from '../../extension/analysis/engineChoice';
import { engineText, itemView, pipelineStateText } from '../../extension/explorer/explorerItems';
import { pipelineNode } from '../../extension/explorer/explorerNodes';
import { statusView } from '../../extension/explorer/statusText';
import { overviewFixture } from '../report/fixture';

const TARGET = '/work/pipelines/shop/sightline.json';
const inspect: InspectResult = overviewFixture().inspect;
const on = (engine: InspectResult['engine']): PipelineState => ({ status: 'ready', result: { ...inspect, engine } });

describe('the sightline.engine setting', () => {
  test('"manifest" leaves each manifest its engine; an engine name overrides it', () => {
    assert.equal(engineOverride('manifest'), undefined);
    assert.equal(engineOverride('duckdb'), 'duckdb');
    assert.equal(engineOverride('clickhouse'), 'clickhouse');
    assert.equal(engineOverride('arquero'), 'arquero');
  });

  test('a value this version does not know, or none, overrides nothing', () => {
    assert.equal(engineOverride('spark'), undefined);
    assert.equal(engineOverride(undefined), undefined);
    assert.equal(engineOverride(3), undefined);
  });
});

describe('the explorer shows the engine a pipeline was read on', () => {
  test('the pipeline description names a SQL engine and stays short in memory', () => {
    const stages = `${inspect.stages.length} stages`;
    assert.equal(pipelineStateText(on('duckdb')), `${stages} · engine: duckdb`);
    assert.equal(pipelineStateText(on('clickhouse')), `${stages} · engine: clickhouse`);
    assert.equal(pipelineStateText(on('arquero')), stages);
    assert.equal(pipelineStateText(on(undefined)), stages, 'results from before engines were in memory');
  });

  test('the pipeline tooltip always names the engine', () => {
    assert.match(itemView(pipelineNode(TARGET), () => on('duckdb')).tooltip ?? '', /Engine: duckdb \(embedded DuckDB over the files\)/);
    assert.match(itemView(pipelineNode(TARGET), () => on(undefined)).tooltip ?? '', /Engine: arquero \(in memory\)/);
    assert.equal(engineText({ ...inspect, engine: 'clickhouse' }), 'Engine: clickhouse (ClickHouse tables)');
  });

  test('the status bar shows it too, and keeps the last engine while reloading', () => {
    const ready = statusView(TARGET, on('duckdb'));
    assert.equal(ready.text, `$(graph) ${inspect.pipeline}: ${inspect.stages.length} stages · engine: duckdb`);
    assert.match(ready.tooltip, /\nEngine: duckdb /);
    const reloading = statusView(TARGET, { status: 'loading', previous: { ...inspect, engine: 'duckdb' } });
    assert.match(reloading.tooltip, /Engine: duckdb/);
    assert.doesNotMatch(statusView(TARGET, { status: 'idle' }).tooltip, /Engine/);
  });
});
