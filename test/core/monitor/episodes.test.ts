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

test('with maxGap, findings separated by at most that many quiet windows merge; a longer pause starts a new alert', () => {
  const alerts = mergeEpisodes([finding(1), finding(4), finding(8), finding(13)], 3);
  assert.deepEqual(
    alerts.map((a) => [a.onset, a.last, a.windows]),
    [
      [1000, 8000, 3],
      [13000, 13000, 1],
    ],
  );
});

const slice = (value: string) => ({ column: 'seg', value, share: 0.1, inside: 0.5, outside: 0.01, description: `seg = ${value}` });

test('an episode names the subpopulation of its highest-scoring window, across a gap too', () => {
  const [consecutive] = mergeEpisodes([
    finding(1, { score: 5, subpopulation: slice('a') }),
    finding(2, { score: 9, severity: 'alert', subpopulation: slice('b') }),
    finding(3, { score: 7, subpopulation: slice('c') }),
  ]);
  assert.deepEqual([consecutive.windows, consecutive.score, consecutive.evidence, consecutive.subpopulation?.value], [3, 9, 'window 2', 'b']);

  const gapped = mergeEpisodes([finding(1, { score: 5, subpopulation: slice('a') }), finding(3, { score: 8, subpopulation: slice('b') }), finding(4, { score: 6 })], 1);
  assert.equal(gapped.length, 1);
  assert.deepEqual([gapped[0].onset, gapped[0].last, gapped[0].windows, gapped[0].subpopulation?.value], [1000, 4000, 3, 'b']);

  const without = mergeEpisodes([finding(1), finding(2)]);
  assert.equal('subpopulation' in without[0], false, 'no subpopulation when no window has one');

  const apart = mergeEpisodes([finding(1, { score: 5, subpopulation: slice('a') }), finding(5, { score: 8, subpopulation: slice('b') })], 2);
  assert.deepEqual(apart.map((a) => a.subpopulation?.value), ['a', 'b'], 'a pause longer than maxGap keeps each episode its own slice');
});
