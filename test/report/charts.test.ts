import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyTheme,
  buildChart,
  darkTheme,
  figureCsv,
  formatBytes,
  formatCount,
  formatDuration,
  formatPercent,
  formatSpan,
  isChartKey,
  labelCoverageFigure,
  nullRateFigure,
  volumeFigure,
} from '../../core/charts';
import type { HeatmapTrace, ScatterTrace } from '../../core/charts';
import { DAYS, overviewFixture } from './fixture';

const result = overviewFixture();

describe('volumeFigure', () => {
  const figure = volumeFigure(result);
  const traces = figure.data as ScatterTrace[];

  test('one line per stage, in pipeline order, with the counts of the result', () => {
    assert.equal(traces.length, 3);
    assert.deepEqual(traces.map((t) => t.name), ['ingest', 'features', 'predictions']);
    traces.forEach((trace, i) => {
      assert.equal(trace.type, 'scatter');
      assert.deepEqual(trace.y, result.volume[i].counts);
      assert.equal(trace.x.length, DAYS);
    });
  });

  test('x holds bucket start dates (UTC) and the axes say what they show', () => {
    assert.equal(traces[0].x[0], '2024-03-01');
    assert.equal(traces[0].x[DAYS - 1], '2024-03-30');
    assert.equal(figure.layout.xaxis?.type, 'date');
    assert.equal(figure.layout.xaxis?.title?.text, 'Day (UTC)');
    assert.equal(figure.layout.yaxis?.title?.text, 'Rows per day');
  });

  test('hour buckets keep the time of day', () => {
    const hourly = volumeFigure({ ...result, bucket: 'hour', volume: [{ stage: 's', buckets: [Date.UTC(2024, 0, 2, 13)], counts: [5] }] });
    assert.deepEqual(hourly.data[0].x, ['2024-01-02 13:00']);
    assert.equal(hourly.layout.yaxis?.title?.text, 'Rows per hour');
  });
});

describe('nullRateFigure', () => {
  const figure = nullRateFigure(result);
  const heatmap = figure.data[0] as HeatmapTrace;

  test('a stage x column grid with the rates of the result and gaps for missing columns', () => {
    assert.equal(figure.data.length, 1);
    assert.equal(heatmap.type, 'heatmap');
    assert.deepEqual(heatmap.y, ['ingest', 'features', 'predictions']);
    assert.deepEqual(heatmap.x.slice(0, 6), ['event_id', 'event_time', 'user_id', 'amount', 'country', 'device']);
    assert.equal(heatmap.x.length, new Set(result.nullRates.map((c) => c.column)).size);
    for (const cell of result.nullRates) {
      assert.equal(heatmap.z[heatmap.y.indexOf(cell.stage)][heatmap.x.indexOf(cell.column)], cell.nullRate);
    }
    assert.equal(heatmap.z[0][heatmap.x.indexOf('score')], null);
    assert.equal(heatmap.hoverongaps, false);
  });

  test('color scale runs from 0 to the worst cell, values show on hover as percents', () => {
    assert.equal(heatmap.zmin, 0);
    assert.equal(heatmap.zmax, 0.412);
    assert.match(heatmap.hovertemplate ?? '', /%\{z:\.3~%\}/);
    assert.equal(figure.layout.xaxis?.title?.text, 'Column');
    assert.equal(figure.layout.yaxis?.title?.text, 'Stage');
    assert.equal(figure.layout.yaxis?.autorange, 'reversed');
  });
});

describe('labelCoverageFigure', () => {
  test('coverage on the left axis, median lag on a second axis on the right', () => {
    const figure = labelCoverageFigure(result);
    assert.ok(figure);
    const [coverage, lag] = figure.data as ScatterTrace[];
    assert.equal(figure.data.length, 2);
    assert.deepEqual(coverage.y, result.labelCoverage?.coverage);
    assert.deepEqual(lag.y, result.labelCoverage?.medianLagHours);
    assert.equal(lag.y[DAYS - 1], null);
    assert.equal(coverage.yaxis, 'y');
    assert.equal(lag.yaxis, 'y2');
    assert.equal(figure.layout.yaxis?.tickformat, '.0%');
    assert.equal(figure.layout.yaxis?.title?.text, 'Label coverage');
    assert.equal(figure.layout.yaxis2?.title?.text, 'Median label lag (hours)');
    assert.equal(figure.layout.yaxis2?.overlaying, 'y');
    assert.equal(figure.layout.yaxis2?.side, 'right');
  });

  test('no figure without labels', () => {
    assert.equal(labelCoverageFigure(overviewFixture({ labels: false })), undefined);
  });
});

describe('chart registry', () => {
  test('builds by key and refuses a result of the wrong kind', () => {
    assert.ok(isChartKey('overview.volume'));
    assert.ok(!isChartKey('overview.nope'));
    assert.ok(!isChartKey('toString'));
    assert.deepEqual(buildChart('overview.volume', result), volumeFigure(result));
    assert.throws(() => buildChart('overview.volume', result.inspect), /needs a overview result, got inspect/);
  });
});

describe('applyTheme', () => {
  test('colors a copy and leaves the builder output alone', () => {
    const figure = nullRateFigure(result);
    const before = JSON.stringify(figure);
    const dark = applyTheme(figure, darkTheme);
    assert.equal(JSON.stringify(figure), before);
    assert.equal(dark.layout.paper_bgcolor, darkTheme.surface);
    assert.equal(dark.layout.font?.color, darkTheme.text);
    assert.equal(dark.layout.xaxis?.gridcolor, darkTheme.grid);
    assert.equal(dark.layout.xaxis?.title?.text, 'Column');
    assert.equal('yaxis2' in dark.layout, false);
    assert.deepEqual((dark.data[0] as HeatmapTrace).colorscale, darkTheme.badScale);
  });
});

describe('figureCsv', () => {
  test('lines become series,x,y rows', () => {
    const lines = figureCsv(volumeFigure(result)).trimEnd().split('\n');
    assert.equal(lines[0], 'series,x,y');
    assert.equal(lines.length, 1 + 3 * DAYS);
    assert.equal(lines[1], `ingest,2024-03-01,${result.volume[0].counts[0]}`);
  });

  test('heatmaps become y,x,value rows with empty gaps', () => {
    const lines = figureCsv(nullRateFigure(result)).trimEnd().split('\n');
    assert.equal(lines[0], 'y,x,value');
    assert.ok(lines.includes('features,device_idx,0.214'));
    assert.ok(lines.includes('ingest,score,'));
  });

  test('quotes separators and defuses spreadsheet formulas', () => {
    const figure = volumeFigure({ ...result, volume: [{ stage: '=HYPERLINK("x"),a', buckets: [0], counts: [-3] }] });
    assert.equal(figureCsv(figure).split('\n')[1], `"'=HYPERLINK(""x""),a",1970-01-01,-3`);
  });
});

describe('number formats', () => {
  test('read like a person would write them', () => {
    assert.equal(formatCount(1234567), '1,234,567');
    assert.equal(formatPercent(0.588), '58.8%');
    assert.equal(formatPercent(0), '0%');
    assert.equal(formatPercent(1), '100%');
    assert.equal(formatPercent(0.00004), '<0.1%');
    assert.equal(formatPercent(0.99999), '>99.9%');
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatBytes(14_200_000), '14.2 MB');
    assert.equal(formatDuration(31 * 3_600_000), '31.0 h');
    assert.equal(formatDuration(20 * 60_000), '20 min');
    assert.equal(formatDuration(4.2 * 86_400_000), '4.2 d');
    assert.equal(formatSpan({ start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 2, 31) }), '2024-03-01 – 2024-03-30');
  });
});
