import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowFinding } from '../../../core/monitor/episodes';
import { mergeEpisodes } from '../../../core/monitor/episodes';

const finding = (index: number, over: Partial<WindowFinding> = {}): WindowFinding => ({
  kind: 'nulls',
  stage: 's',
  column: 'c',
  index,
  start: index * 1000,
  severity: 'warn',
  score: 4,
  evidence: `window ${index}`,
  ...over,
});

test('consecutive windows of one stage, column and kind merge into one alert', () => {
  const alerts = mergeEpisodes([finding(3), finding(4, { severity: 'alert', score: 9 }), finding(5), finding(7)]);
  assert.equal(alerts.length, 2);
  assert.deepEqual(
    alerts.map((a) => [a.onset, a.last, a.windows, a.severity, a.score, a.evidence]),
    [
      [3000, 5000, 3, 'alert', 9, 'window 4'],
      [7000, 7000, 1, 'warn', 4, 'window 7'],
    ],
  );
  assert.notEqual(alerts[0].id, alerts[1].id);
});

test('different columns, kinds or stages never merge', () => {
  const alerts = mergeEpisodes([finding(1), finding(2, { column: 'd' }), finding(2, { kind: 'out-of-range' }), finding(2, { stage: 't' })]);
  assert.equal(alerts.length, 4);
  assert.ok(alerts.every((a) => a.windows === 1));
});
