import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RetrainPolicy, WhatIfCore } from '../../../../core/protocol/whatif';
import { scheduleWhatIf } from '../../../../core/react/schedule';
import { SightlineInputError } from '../../../../core/io/errors';
import { DAY, START, decayRecords } from './syntheticSchedule';

// Three versions of 10 days each, accuracy 0.9 − 0.02·age: ages as logged are d mod 10 on day d.
const LOG = { daysPerVersion: [10, 10, 10], perDay: 1000, start: 0.9, slope: 0.02 };
// Day-by-day age spans, so the per-day fall is measured day by day (weekly spans: see the last tests).
const OPTIONS = { replicates: 200, seed: 3, level: 0.95, ageUnitDays: 1 };

/** The curve the log implies: −0.02 per day up to age 9 (the oldest measured), then the mean over ages 3..9. */
function curve(age: number): number {
  return age <= 9 ? -0.02 * age : -0.02 * 6;
}

/** Mean over days 0..days−1 of curve(age under a policy) − curve(age as logged). */
function shift(days: number, policyAge: (d: number) => number, loggedAge: (d: number) => number): number {
  let sum = 0;
  for (let d = 0; d < days; d++) sum += curve(policyAge(d)) - curve(loggedAge(d));
  return sum / days;
}

function outcomeOf(result: WhatIfCore, kind: RetrainPolicy['kind']) {
  const found = result.schedule?.outcomes.find((o) => o.policy.kind === kind);
  assert.ok(found, `no ${kind} outcome`);
  return found;
}

test('schedule: the age curve recovers the per-day fall, measured on every version', () => {
  const result = scheduleWhatIf(decayRecords(LOG), { policy: { kind: 'every', days: 7 }, retrainCost: 100, ...OPTIONS });
  const curve = result.schedule?.ageCurve ?? [];
  assert.deepEqual(curve.map((p) => p.ageDays), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  for (const p of curve) {
    assert.ok(Math.abs((p.change.value ?? NaN) - -0.02 * p.ageDays) < 1e-12, `age ${p.ageDays}: ${p.change.value}`);
    assert.equal(p.versions, 3);
    assert.equal(p.windows, 3);
    assert.equal(p.labeled, 3000);
    if (p.ageDays > 0) assert.ok(p.change.interval && p.change.interval.low <= p.change.value! && p.change.value! <= p.change.interval.high);
  }
  assert.ok(Math.abs((result.before.accuracy?.value ?? NaN) - 0.81) < 1e-12, 'the history as logged');
});

test('schedule: every 7 days beats never by the hand-computed amount, with exact retrains and costs', () => {
  const result = scheduleWhatIf(decayRecords(LOG), { policy: { kind: 'every', days: 7 }, retrainCost: 100, ...OPTIONS });
  const every = outcomeOf(result, 'every');
  const never = outcomeOf(result, 'never');
  // Every 7: ages d mod 7 over d = 0..29 average 85/30; as logged d mod 10 averages 4.5.
  const everyShift = -0.02 * (85 / 30 - 4.5);
  assert.ok(Math.abs(everyShift - shift(30, (d) => d % 7, (d) => d % 10)) < 1e-12);
  // Never: ages d; 0..9 on the curve, 10..29 at the tail (−0.12): mean −0.11 against −0.09 as logged.
  const neverShift = (-0.02 * 45 - 0.12 * 20) / 30 + 0.09;
  assert.ok(Math.abs((every.difference.value ?? NaN) - everyShift) < 1e-12, String(every.difference.value));
  assert.ok(Math.abs((never.difference.value ?? NaN) - neverShift) < 1e-12, String(never.difference.value));
  assert.ok(Math.abs((every.metric.value ?? NaN) - (never.metric.value ?? NaN) - (everyShift - neverShift)) < 1e-12);
  assert.deepEqual(every.retrains, [7, 14, 21, 28].map((d) => START + d * DAY));
  assert.equal(every.retrainCost, 400);
  assert.deepEqual(never.retrains, []);
  assert.equal(never.retrainCost, 0);
  assert.equal(every.totalCost, null, 'no cost matrix, no total cost');
  assert.equal(never.difference.verdict, 'hurts');
  assert.equal(result.verdict, every.difference.verdict);
  assert.equal(result.difference.accuracy?.value, every.difference.value);
  assert.deepEqual(result.export?.parameters, { kind: 'schedule', policy: { kind: 'every', days: 7 }, retrainCost: 100, retrains: every.retrains });
  assert.ok(result.assumptions.some((a) => a.startsWith('APPROXIMATION') && a.includes('3 model versions')), result.assumptions.join('\n'));
  assert.ok(result.assumptions.some((a) => a.includes('does not fix stage bugs')));
  assert.ok(result.assumptions.some((a) => a.startsWith('label lag: 0 days')));
  assert.deepEqual(result.schedule?.outcomes.map((o) => o.policy.kind), ['never', 'every'], 'no drift flags, no on-drift replay');
});

test('schedule: the label lag ages a retrained model from its first day', () => {
  const result = scheduleWhatIf(decayRecords(LOG), { policy: { kind: 'every', days: 7 }, retrainCost: 0, labelLagDays: 2, ...OPTIONS });
  // Days 0..6 keep v1 (ages d); from day 7 on, ages (d mod 7) + 2.
  const expected = shift(30, (d) => (d < 7 ? d : (d % 7) + 2), (d) => d % 10);
  assert.ok(Math.abs((outcomeOf(result, 'every').difference.value ?? NaN) - expected) < 1e-12);
  assert.equal(result.schedule?.labelLagDays, 2);
});

test('schedule: on drift retrains the day after each flagged day, once a day, and prices errors with a cost matrix', () => {
  const flags = [START + 4 * DAY + 5_000, START + 15 * DAY + 1, START + 15 * DAY + 9 * 3_600_000, START + 40 * DAY];
  const records = decayRecords(LOG);
  const result = scheduleWhatIf(records, { policy: { kind: 'on-drift' }, retrainCost: 10, driftFlags: flags, costs: { falsePositive: 1, falseNegative: 3 }, ...OPTIONS });
  const drift = outcomeOf(result, 'on-drift');
  assert.deepEqual(drift.retrains, [START + 5 * DAY, START + 16 * DAY]);
  assert.equal(drift.retrainCost, 20);
  // Ages: d for d < 5, d − 5 for 5..15, d − 16 from 16 on (10..13 at the tail).
  const expected = shift(30, (d) => (d < 5 ? d : d < 16 ? d - 5 : d - 16), (d) => d % 10);
  assert.ok(Math.abs((drift.difference.value ?? NaN) - expected) < 1e-12, `${drift.difference.value} vs ${expected}`);
  assert.equal(result.schedule?.outcomes.length, 3);
  // Wrong decisions alternate between labels 0 and 1, so each costs 1 or 3: 2 on average.
  assert.ok(Math.abs((result.before.expectedCost?.value ?? NaN) - 2 * (1 - 0.81)) < 1e-3, String(result.before.expectedCost?.value));
  assert.ok(drift.totalCost !== null && drift.totalCost > 20);
});

test('schedule: too few versions to measure an age curve is a clear input error', () => {
  for (const daysPerVersion of [[30], [1, 1, 1]]) {
    assert.throws(
      () => scheduleWhatIf(decayRecords({ ...LOG, daysPerVersion, perDay: 10 }), { policy: { kind: 'never' }, retrainCost: 0, ...OPTIONS }),
      (e: unknown) => e instanceof SightlineInputError && e.code === 'whatif.schedule-no-age-curve' && /cannot be measured/.test(e.message),
    );
  }
  assert.throws(() => scheduleWhatIf(decayRecords(LOG), { policy: { kind: 'on-drift' }, retrainCost: 0, ...OPTIONS }), /needs the times monitoring flagged drift/);
  assert.throws(() => scheduleWhatIf(decayRecords(LOG), { policy: { kind: 'every', days: 0 }, retrainCost: 0, ...OPTIONS }), /every 0 days/);
  assert.throws(() => scheduleWhatIf(decayRecords(LOG), { policy: { kind: 'never' }, retrainCost: -1, ...OPTIONS }), /retraining cost -1/);
});

test('schedule: an age only one version reached is left out of the curve, and older ages take the last measured change', () => {
  const result = scheduleWhatIf(decayRecords({ ...LOG, daysPerVersion: [10, 14] }), { policy: { kind: 'never' }, retrainCost: 0, ...OPTIONS });
  assert.deepEqual(result.schedule?.ageCurve.map((p) => p.ageDays), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  // As logged: v1 ages 0..9, v2 ages 0..13 (10..13 at the tail). Never: ages 0..23 (10..23 at the tail).
  const expected = shift(24, (d) => d, (d) => (d < 10 ? d : d - 10));
  assert.ok(Math.abs((result.difference.accuracy?.value ?? NaN) - expected) < 1e-12, `${result.difference.accuracy?.value} vs ${expected}`);
  assert.ok(result.assumptions.some((a) => a.startsWith('rollouts: v1 on 2026-01-01 (Thursday), v2 on 2026-01-11 (Sunday); on different weekdays')), result.assumptions.join('\n'));
});

/**
 * No age effect, only a weekly pattern: 0.7 on weekdays and 0.4 on weekends, 10 records a day.
 * v1 serves 24 days from Thursday 2026-01-01, v2 31 days from Sunday 01-25.
 */
function weekdayLog(): ReturnType<typeof decayRecords> {
  const records = decayRecords({ daysPerVersion: [24, 31], perDay: 10, start: 0.7, slope: 0 });
  const weekend = (t: number) => [0, 6].includes(new Date(t).getUTCDay());
  // Turn 3 of the 7 right decisions wrong on weekend days (records 4..6 of each day are right at 0.7).
  const day = (t: number) => Math.floor((t - START) / DAY);
  records.decisions = records.decisions.map((d, i) => (weekend(records.times[i]) && i % 10 >= 4 && i % 10 < 7 ? 1 - d : d));
  assert.equal(records.decisions.filter((d, i) => day(records.times[i]) === 3 && d === records.labels[i]).length, 4, 'Sunday 01-04 is at 0.4');
  return records;
}

test('schedule: weekly age spans hold every weekday once, so a weekly pattern is not an age effect', () => {
  const result = scheduleWhatIf(weekdayLog(), { policy: { kind: 'every', days: 7 }, retrainCost: 0, replicates: 200, seed: 3, level: 0.95 });
  const curve = result.schedule?.ageCurve ?? [];
  assert.deepEqual(curve.map((p) => p.ageDays), [0, 7, 14, 21]);
  // Full weeks: (5·0.7 + 2·0.4)/7 for both versions, no change. Days 21-23 of v1 (Thu-Sat, mean 0.6)
  // against its first week's 4.3/7, and a full week of v2: (0.6 − 4.3/7 + 0) / 2.
  for (const p of curve.slice(1, 3)) assert.ok(Math.abs(p.change.value ?? NaN) < 1e-12, JSON.stringify(p));
  assert.ok(Math.abs((curve[3].change.value ?? NaN) - (0.6 - 4.3 / 7) / 2) < 1e-12, JSON.stringify(curve[3]));
  assert.ok(result.assumptions.some((a) => a.includes('by week of age')), result.assumptions.join('\n'));
});

test('schedule: by day, the same weekly pattern reads as an age effect (why weeks are the default)', () => {
  const byDay = scheduleWhatIf(weekdayLog(), { policy: { kind: 'every', days: 7 }, retrainCost: 0, replicates: 200, seed: 3, level: 0.95, ageUnitDays: 1 });
  // v1's day 0 is a Thursday (0.7), v2's a Sunday (0.4): at age 1 v1 is on Friday (0.7) and v2 on Monday (0.7).
  const age1 = byDay.schedule?.ageCurve.find((p) => p.ageDays === 1);
  assert.ok(Math.abs((age1?.change.value ?? NaN) - (0 + 0.3) / 2) < 1e-12, JSON.stringify(age1));
  assert.ok(byDay.assumptions.some((a) => a.startsWith('rollouts: v1 on 2026-01-01 (Thursday), v2 on 2026-01-25 (Sunday); on different weekdays')), byDay.assumptions.join('\n'));
});
