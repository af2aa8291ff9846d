import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPipeline } from '../../../../core/io/openPipeline';
import { openEngine } from '../../../../core/engine/openEngine';
import { pipelineScheduleWhatIf } from '../../../../core/react/schedule';
import { DAY, START, decayFolder } from './syntheticSchedule';

const LOG = { daysPerVersion: [10, 10, 10], perDay: 40, start: 0.9, slope: 0.02 };

async function opened() {
  const { pipeline, tables } = await openEngine(openPipeline(join(decayFolder(LOG), 'sightline.json')));
  return { pipeline, tables };
}

test('pipeline schedule: the logged decisions and labels give the same replay as the records', async () => {
  const { pipeline, tables } = await opened();
  const steps: string[] = [];
  const result = await pipelineScheduleWhatIf(pipeline, tables, { kind: 'schedule', policy: { kind: 'every', days: 7 }, retrainCost: 5, ageUnitDays: 1 }, {
    replicates: 50, driftFlags: [START + 9 * DAY], onProgress: (step) => steps.push(step),
  });
  assert.equal(result.remediation.kind, 'schedule');
  const every = result.schedule?.outcomes.find((o) => o.policy.kind === 'every');
  assert.ok(every);
  assert.deepEqual(every.retrains, [7, 14, 21, 28].map((d) => START + d * DAY));
  assert.equal(every.retrainCost, 20);
  // 40 records a day: accuracy round(40·(0.9 − 0.02·age))/40, so the curve is measured on whole records.
  const curve = result.schedule?.ageCurve ?? [];
  assert.equal(curve.length, 10);
  assert.ok(Math.abs((curve[5].change.value ?? NaN) - (Math.round(40 * 0.8) - 36) / 40) < 1e-12);
  assert.deepEqual(result.schedule?.outcomes.find((o) => o.policy.kind === 'on-drift')?.retrains, [START + 10 * DAY]);
  assert.ok(result.assumptions.some((a) => a.startsWith('drift flags (given)')), result.assumptions.join('\n'));
  assert.ok(result.assumptions.some((a) => a.startsWith('records: the predictions of')));
  assert.equal(result.coverage.labeled, 1200);
  assert.ok(steps.includes('replaying retraining schedules'));
});

test('pipeline schedule: without given flags, monitoring the prediction stage supplies them', async () => {
  const { pipeline, tables } = await opened();
  const result = await pipelineScheduleWhatIf(pipeline, tables, { kind: 'schedule', policy: { kind: 'on-drift' }, retrainCost: 0 }, { replicates: 20 });
  assert.ok(result.assumptions.some((a) => a.startsWith('drift flags (onsets of drift and summary-shift alert episodes on stage "predict"')), result.assumptions.join('\n'));
  assert.equal(result.schedule?.outcomes.length, 3);
});
