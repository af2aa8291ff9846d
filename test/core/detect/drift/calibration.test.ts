import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareColumn, decide } from '../../../../core/detect/drift';
import { normalDraw, seededRandom } from '../../../../core/detect/drift/random';

/** A check of the promise, not a timing test: seeded, so the counts are the same every run. */
const REPLICATES = 200;

test('no change, n = 200: the default numeric rule flags between 1% and 10% of 200 seeded replicates', () => {
  const random = seededRandom(12345);
  const sample = () => Float64Array.from({ length: 200 }, () => normalDraw(random)).sort();
  let flagged = 0;
  for (let r = 0; r < REPLICATES; r++) {
    const { outcome, effect } = compareColumn({ kind: 'numeric', reference: sample(), current: sample() });
    if (decide(outcome, outcome.pValue, effect, 0.05, 0.1).drifted) flagged++;
  }
  assert.ok(flagged >= 2 && flagged <= 20, `${flagged} of ${REPLICATES} flagged`);
});

test('no change, n = 200, 5 categories: the contingency chi-squared flags between 1% and 10%', () => {
  const random = seededRandom(54321);
  const counts = () => {
    const c = [0, 0, 0, 0, 0];
    for (let i = 0; i < 200; i++) c[Math.floor(random() * 5)]++;
    return c;
  };
  let flagged = 0;
  for (let r = 0; r < REPLICATES; r++) {
    const { outcome, effect } = compareColumn({ kind: 'categorical', labels: ['a', 'b', 'c', 'd', 'e'], reference: counts(), current: counts() });
    if (decide(outcome, outcome.pValue, effect, 0.05, 0.05).drifted) flagged++;
  }
  assert.ok(flagged >= 2 && flagged <= 20, `${flagged} of ${REPLICATES} flagged`);
});
