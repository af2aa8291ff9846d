import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CostMatrix, ThresholdObjective } from '../../../core/protocol/whatif';
import { chooseThreshold } from '../../../core/react/threshold/chooseThreshold';
import { applyThresholds, fitThresholds } from '../../../core/react/threshold/sliceThresholds';
import { seededRandom } from '../../../core/stats/seededRandom';

interface Outcome {
  threshold: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Every candidate rule, counted record by record: each distinct score, and one above all. */
function bruteForce(scores: number[], labels: number[]): Outcome[] {
  const candidates = [...new Set(scores)].sort((a, b) => b - a);
  candidates.unshift(Math.max(...scores) + 1);
  return candidates.map((t) => {
    const o = { threshold: t, tp: 0, fp: 0, fn: 0, tn: 0 };
    scores.forEach((s, i) => {
      if (s >= t) labels[i] === 1 ? o.tp++ : o.fp++;
      else labels[i] === 1 ? o.fn++ : o.tn++;
    });
    return o;
  });
}

const cost = (c: CostMatrix, o: Outcome) => (c.falsePositive * o.fp + c.falseNegative * o.fn + (c.truePositive ?? 0) * o.tp + (c.trueNegative ?? 0) * o.tn) / (o.tp + o.fp + o.fn + o.tn);

/** The brute-force answer; candidates run from the highest threshold, so `>` keeps the highest on ties. */
function expected(outcomes: Outcome[], objective: ThresholdObjective): number | null {
  const real = outcomes.slice(1);
  const f1 = (o: Outcome) => (2 * o.tp) / (2 * o.tp + o.fp + o.fn);
  switch (objective.kind) {
    case 'f1':
      return real.reduce((best, o) => (f1(o) > f1(best) ? o : best)).threshold;
    case 'precision': {
      const ok = real.filter((o) => o.tp / (o.tp + o.fp) >= objective.target);
      return ok.length ? ok[ok.length - 1].threshold : null;
    }
    case 'recall': {
      const ok = real.filter((o) => o.tp / (o.tp + o.fn) >= objective.target);
      return ok.length ? ok[0].threshold : null;
    }
    case 'cost':
      return outcomes.reduce((best, o) => (cost(objective.costs, o) < cost(objective.costs, best) ? o : best)).threshold;
  }
}

function randomCase(seed: number, n: number): { scores: number[]; labels: number[] } {
  const random = seededRandom(seed);
  const scores: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    // Two decimals, so many scores tie.
    const s = Math.round(random() * 100) / 100;
    scores.push(s);
    labels.push(random() < s ? 1 : 0);
  }
  return { scores, labels };
}

const objectives: ThresholdObjective[] = [
  { kind: 'f1' },
  { kind: 'precision', target: 0.8 },
  { kind: 'precision', target: 0.99 },
  { kind: 'recall', target: 0.9 },
  { kind: 'recall', target: 0.5 },
  { kind: 'cost', costs: { falsePositive: 1, falseNegative: 5 } },
  { kind: 'cost', costs: { falsePositive: 3, falseNegative: 1, truePositive: -0.5 } },
  { kind: 'cost', costs: { falsePositive: 10, falseNegative: 1 } },
];

test('each objective picks the threshold a brute force over every candidate picks, ties included', () => {
  for (let seed = 1; seed <= 25; seed++) {
    const { scores, labels } = randomCase(seed, 20 + seed * 7);
    const outcomes = bruteForce(scores, labels);
    for (const objective of objectives) {
      const want = expected(outcomes, objective);
      const got = chooseThreshold(scores, labels, objective).threshold;
      const label = `seed ${seed}, ${JSON.stringify(objective)}`;
      if (want === null) assert.equal(got, null, label);
      else if (want > Math.max(...scores)) assert.ok(got !== null && got > Math.max(...scores), `${label}: flag nothing`);
      else assert.equal(got, want, label);
    }
  }
});

test('hand case: F1 ties keep the highest threshold; unlabeled rows are ignored', () => {
  // At 0.8: tp 1, fp 0, fn 1 -> F1 2/3. At 0.4: tp 2, fp 2 -> F1 2/3. At 0.1: tp 2, fp 3 -> 4/7.
  const scores = [0.8, 0.6, 0.4, 0.4, 0.1, 0.5];
  const labels = [1, 0, 1, 0, 0, NaN];
  assert.deepEqual(chooseThreshold(scores, labels, { kind: 'f1' }), { threshold: 0.8, value: 2 / 3 });
  assert.deepEqual(chooseThreshold(scores, labels, { kind: 'precision', target: 1.01 }), { threshold: null, value: null });
  assert.deepEqual(chooseThreshold(scores, labels, { kind: 'recall', target: 1 }), { threshold: 0.4, value: 1 });
});

test('per slice: slices with enough labels get their own threshold, the rest fall back and say why', () => {
  const scores = [0.9, 0.7, 0.3, 0.2, 0.6, 0.55, 0.4, 0.35, 0.9, 0.1];
  const labels = [1, 1, 0, 0, 1, 1, 0, 0, 1, NaN];
  const slices = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'c', 'c'];
  const p = fitThresholds(scores, labels, { kind: 'f1' }, { slices, minLabeled: 4 });
  assert.equal(p.perSlice.a, 0.7);
  assert.equal(p.perSlice.b, 0.55);
  assert.equal(p.perSlice.c, undefined);
  assert.match(p.fallback.c, /1 labeled records, fewer than 4/);
  assert.equal(p.global, chooseThreshold(scores, labels, { kind: 'f1' }).threshold);
  const decisions = applyThresholds([0.6, 0.6, 0.6], p, 0.5, ['a', 'b', 'c']);
  assert.deepEqual([...decisions], [0, 1, 0.6 >= p.global! ? 1 : 0]);
});
