import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchSlices, sliceScore, scoreUpperBound, sliceKey, SearchIndex } from '../../../core/diagnose/slices';
import { searchSteps } from '../../../core/diagnose/slices/searchSlices';
import { driveSearch } from '../../../core/diagnose/slices/driveSearch';
import { seededRandom } from '../../../core/stats/seededRandom';
import { bruteForceSlices } from './bruteForceSlices';
import { randomCodes } from './sliceData';

function errorsFor(codes: Uint8Array[], seed: number, continuous: boolean): Float64Array {
  const random = seededRandom(seed);
  const n = codes[0].length;
  return Float64Array.from({ length: n }, (_, i) => {
    const rate = 0.1 + 0.25 * Number(codes[0][i] === 1) + 0.2 * Number(codes[1][i] === 0 && codes[2][i] === 2);
    // Multiples of 1/4 keep every sum exact, so ties in the brute force are ties here too.
    return continuous ? Math.floor(random() * 4 * rate * 2) / 4 : Number(random() < rate);
  });
}

const CASES = [
  { seed: 1, alpha: 0.95, sigma: 20, continuous: false },
  { seed: 2, alpha: 0.95, sigma: 20, continuous: false },
  { seed: 3, alpha: 0.8, sigma: 10, continuous: false },
  { seed: 4, alpha: 0.99, sigma: 5, continuous: false },
  { seed: 5, alpha: 0.95, sigma: 20, continuous: true },
  { seed: 6, alpha: 0.6, sigma: 15, continuous: true },
];

for (const c of CASES) {
  test(`top-K equals brute-force enumeration (seed ${c.seed}, alpha ${c.alpha}, sigma ${c.sigma}, ${c.continuous ? 'continuous' : '0/1'})`, () => {
    const cardinalities = [2, 3, 4, 5, 3, 6];
    const codes = randomCodes(1500, cardinalities, c.seed);
    const errors = errorsFor(codes, c.seed + 100, c.continuous);
    for (const maxLevel of [1, 2, 3]) {
      const k = 10;
      const found = searchSlices({ codes, cardinalities, errors }, { alpha: c.alpha, minSupport: c.sigma, k, maxLevel });
      const brute = bruteForceSlices(codes, errors, c.alpha, c.sigma, maxLevel).slice(0, k);
      assert.ok(brute.length > 0, 'the reference finds slices');
      assert.deepEqual(
        found.top.map((s) => ({ f: s.features, v: s.values, size: s.size, score: s.score })),
        brute.map((s) => ({ f: s.features, v: s.values, size: s.size, score: s.score })),
        `max level ${maxLevel}`,
      );
    }
  });
}

test('ties are broken as documented: fewer predicates, larger size, then feature and bin order', () => {
  // Two identical features: every slice on f0 ties with the same slice on f1, and f0=v & f1=v
  // ties with both; the documented order puts f0 first and the single predicates before pairs.
  const base = randomCodes(400, [4], 9)[0];
  const codes = [base, Uint8Array.from(base)];
  const errors = Float64Array.from(base, (v) => Number(v === 2));
  const found = searchSlices({ codes, cardinalities: [4, 4], errors }, { alpha: 0.95, minSupport: 10, k: 3, maxLevel: 2 });
  assert.deepEqual(found.top.map((s) => [s.features, s.values]), [[[0], [2]], [[1], [2]], [[0, 1], [2, 2]]]);
  const brute = bruteForceSlices(codes, errors, 0.95, 10, 2).slice(0, 3);
  assert.deepEqual(brute.map((s) => [s.features, s.values]), [[[0], [2]], [[1], [2]], [[0, 1], [2, 2]]]);
});

test('score matches a hand computation', () => {
  // n = 10, 3 errors overall (0.3); a slice of 4 rows with 2 errors (0.5), alpha 0.95:
  // 0.95 * (0.5 / 0.3 - 1) - 0.05 * (10 / 4 - 1) = 0.633333... - 0.075 = 0.558333...
  const score = sliceScore({ alpha: 0.95, rows: 10, overallError: 0.3, minSupport: 1 }, 4, 2);
  assert.ok(Math.abs(score - (0.95 * (0.5 / 0.3 - 1) - 0.075)) < 1e-12);
  assert.ok(Math.abs(score - 0.5583333333333333) < 1e-12);
});

test('the score bound is valid and tight: it equals the best feasible (size, error) on a fine grid', () => {
  const context = { alpha: 0.9, rows: 1000, overallError: 0.2, minSupport: 10 };
  for (const [sizeUB, errorUB, maxUB] of [[300, 40, 1], [300, 250, 1], [50, 20, 0.5], [500, 12, 2], [12, 30, 1]]) {
    let best = -Infinity;
    for (let s = context.minSupport; s <= sizeUB; s++) {
      for (let step = 0; step <= 200; step++) {
        const e = (Math.min(errorUB, s * maxUB) * step) / 200;
        best = Math.max(best, sliceScore(context, s, e));
      }
    }
    const bound = scoreUpperBound(context, sizeUB, errorUB, maxUB);
    assert.ok(bound >= best - 1e-12, `valid for ${sizeUB}, ${errorUB}, ${maxUB}`);
    assert.ok(bound - best < 1e-3, `tight for ${sizeUB}, ${errorUB}, ${maxUB}: ${bound} vs ${best}`);
  }
  assert.equal(scoreUpperBound(context, 9, 5, 1), -Infinity);
});

test('on larger data with pruning the top-5 stays exact', () => {
  const cardinalities = [2, 3, 4, 5, 3, 6];
  const codes = randomCodes(3000, cardinalities, 11);
  const errors = errorsFor(codes, 12, false);
  const found = searchSlices({ codes, cardinalities, errors }, { alpha: 0.95, minSupport: 30, k: 5, maxLevel: 3 });
  const all = bruteForceSlices(codes, errors, 0.95, 30, 3);
  assert.deepEqual(found.top.map((s) => s.score), all.slice(0, 5).map((s) => s.score));
  assert.ok(found.evaluated.length > 0);
});

test('before each level the search names every (parent, feature) it then reads, so a database can count them in one query', () => {
  const cardinalities = [2, 3, 4, 5, 3];
  const codes = randomCodes(2000, cardinalities, 11);
  const errors = Float64Array.from(codes[0], (v, i) => Number(v === 1 && codes[1][i] !== 0 ? i % 3 !== 0 : i % 9 === 0));
  const index = new SearchIndex({ codes, cardinalities, errors });
  const options = { alpha: 0.95, minSupport: 20, k: 5, maxLevel: 3 };
  const expected = searchSlices({ codes, cardinalities, errors }, options, index);
  const steps = searchSteps({ cardinalities, rows: errors.length, errorSum: errors.reduce((a, b) => a + b, 0) }, options);
  const memory = index.childCounts();
  let reads = 0;
  const found = driveSearch(steps, (request) => {
    const wanted = new Set(request.wanted().map(({ parent, feature }) => `${parent ? sliceKey(parent.features, parent.values) : '*'}|${feature}`));
    return {
      of: (parent, feature) => {
        reads++;
        assert.ok(wanted.has(`${parent ? sliceKey(parent.features, parent.values) : '*'}|${feature}`), `level ${request.level} read a child it did not ask for`);
        return memory.of(parent, feature);
      },
    };
  });
  assert.ok(reads > cardinalities.length, 'the search read counts beyond level 1');
  assert.deepEqual(found.top, expected.top);
  assert.equal(found.evaluated.length, expected.evaluated.length);
});
