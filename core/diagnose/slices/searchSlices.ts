import type { ScoreContext } from './sliceScore';
import type { SearchInput } from './searchIndex';
import type { SliceStats } from './sliceStats';
import type { ChildCounts, SearchSteps, WantedChild } from './childCounts';
import { scoreUpperBound, sliceScore } from './sliceScore';
import { TopK } from './topK';
import { SearchIndex } from './searchIndex';
import { EvaluatedSlices } from './evaluatedSlices';
import { SliceKeys } from './sliceKeys';
import { driveSearch } from './driveSearch';

export type { SearchInput };

export interface SearchOptions {
  alpha: number;
  minSupport: number;
  k: number;
  maxLevel: number;
  signal?: AbortSignal;
}

export interface SearchOutput {
  top: SliceStats[];
  /** Every slice whose statistics were computed and whose size met the support floor. */
  evaluated: EvaluatedSlices;
  overallError: number;
}

/** What a search needs to know of the data besides its counts. */
export interface SearchData {
  cardinalities: number[];
  rows: number;
  errorSum: number;
}

/** The search over rows in memory (see `searchSteps`). */
export function searchSlices(given: SearchInput, options: SearchOptions, index: SearchIndex = new SearchIndex(given)): SearchOutput {
  const errors = index.input.errors;
  let total = 0;
  for (let i = 0; i < errors.length; i++) total += errors[i];
  return driveSearch(searchSteps({ cardinalities: index.input.cardinalities, rows: errors.length, errorSum: total }, options), () => index.childCounts());
}

/**
 * Exact level-wise SliceLine search. Level L extends each surviving level L-1 slice by one
 * predicate on a later feature, so every conjunction is generated once, from its prefix. A
 * candidate is counted only when every one of its L-1 parents survived (size >= sigma and a score
 * bound that can still reach the top K) and its own bound, from the parents' minimum size, error
 * sum and max error, can still reach the top K. Both prunings are safe: a child's rows are a
 * subset of each parent's, so its statistics are within the parents' bounds. Before each level
 * the search yields what it may count, so memory and a database answer the same search.
 */
export function* searchSteps(data: SearchData, options: SearchOptions): SearchSteps<SearchOutput> {
  const n = data.rows;
  const total = data.errorSum;
  const context: ScoreContext = { alpha: options.alpha, rows: n, overallError: total / n, minSupport: options.minSupport };
  const top = new TopK(options.k);
  const keys = new SliceKeys(data.cardinalities, options.maxLevel);
  const evaluated = new EvaluatedSlices(keys);
  if (!(total > 0)) return { top: [], evaluated, overallError: n ? total / n : 0 };
  const firstCounts = yield { level: 1, wanted: () => data.cardinalities.map((_, feature) => ({ parent: null, feature })) };
  let level = levelOne(data.cardinalities, firstCounts, context, top, evaluated, keys);
  for (let l = 2; l <= options.maxLevel && level.length > 0; l++) {
    options.signal?.throwIfAborted();
    const parents = survivors(level, context, top, keys);
    const at: LevelContext = { context, top, evaluated, keys, cardinalities: data.cardinalities, last: l === options.maxLevel };
    const counts = yield { level: l, wanted: () => wantedChildren(parents, at) };
    level = nextLevel(parents, counts, at);
  }
  return { top: top.items, evaluated, overallError: context.overallError };
}

function levelOne(cardinalities: number[], counts: ChildCounts, context: ScoreContext, top: TopK, evaluated: EvaluatedSlices, keys: SliceKeys): SliceStats[] {
  const level: SliceStats[] = [];
  cardinalities.forEach((cardinality, f) => {
    const stats = counts.of(null, f);
    for (let v = 0; v < cardinality; v++) {
      const size = stats.count[v];
      if (size < context.minSupport) continue;
      const slice: SliceStats = { features: [f], values: [v], size, errorSum: stats.sum[v], errorSquares: stats.squares[v], errorMax: stats.max[v], score: sliceScore(context, size, stats.sum[v]) };
      evaluated.push(keys.of(slice.features, slice.values), 1, slice.size, slice.errorSum, slice.errorSquares, slice.errorMax);
      top.offer(slice);
      level.push(slice);
    }
  });
  return level;
}

function survivors(level: SliceStats[], context: ScoreContext, top: TopK, keys: SliceKeys): Map<number, SliceStats> {
  const map = new Map<number, SliceStats>();
  for (const s of level) {
    if (top.mayEnter(scoreUpperBound(context, s.size, s.errorSum, s.errorMax))) map.set(keys.of(s.features, s.values), s);
  }
  return map;
}

/** What every candidate of a level is scored against and recorded in. */
interface LevelContext {
  context: ScoreContext;
  top: TopK;
  evaluated: EvaluatedSlices;
  keys: SliceKeys;
  cardinalities: number[];
  /** At the last level no slice becomes a parent, so only those that may enter the top K become objects. */
  last: boolean;
}

/** Every (parent, later feature) with a live child under the top K as the level starts. */
function wantedChildren(parents: Map<number, SliceStats>, at: LevelContext): WantedChild[] {
  const wanted: Array<{ parent: SliceStats; feature: number }> = [];
  for (const parent of parents.values()) {
    for (let g = parent.features[parent.features.length - 1] + 1; g < at.cardinalities.length; g++) {
      if (liveValues(parent, g, at.cardinalities[g], parents, at.context, at.top, at.keys).length > 0) wanted.push({ parent, feature: g });
    }
  }
  return wanted;
}

function nextLevel(parents: Map<number, SliceStats>, counts: ChildCounts, at: LevelContext): SliceStats[] {
  const { context, top, evaluated, keys, last, cardinalities } = at;
  const level: SliceStats[] = [];
  for (const [parentKey, parent] of parents) {
    const lastFeature = parent.features[parent.features.length - 1];
    for (let g = lastFeature + 1; g < cardinalities.length; g++) {
      // The top K has grown since the level started: fewer values are live than were asked for.
      const live = liveValues(parent, g, cardinalities[g], parents, context, top, keys);
      if (live.length === 0) continue;
      const stats = counts.of(parent, g);
      for (const v of live) {
        const size = stats.count[v];
        if (size < context.minSupport) continue;
        evaluated.push(keys.extended(parentKey, g, v), parent.features.length + 1, size, stats.sum[v], stats.squares[v], stats.max[v]);
        const score = sliceScore(context, size, stats.sum[v]);
        if (last && !top.mayEnter(score)) continue;
        const slice: SliceStats = {
          features: [...parent.features, g],
          values: [...parent.values, v],
          size,
          errorSum: stats.sum[v],
          errorSquares: stats.squares[v],
          errorMax: stats.max[v],
          score,
        };
        top.offer(slice);
        if (!last) level.push(slice);
      }
    }
  }
  return level;
}

/** Values v of feature g for which parent + (g = v) has all its parents and a bound that may enter. */
function liveValues(parent: SliceStats, g: number, cardinality: number, parents: Map<number, SliceStats>, context: ScoreContext, top: TopK, keys: SliceKeys): number[] {
  const live: number[] = [];
  const width = parent.features.length;
  for (let v = 0; v < cardinality; v++) {
    let size = parent.size;
    let sum = parent.errorSum;
    let max = parent.errorMax;
    let complete = true;
    for (let drop = 0; drop < width && complete; drop++) {
      const other = parents.get(keys.withoutOneAndExtended(parent.features, parent.values, drop, g, v));
      if (!other) complete = false;
      else {
        size = Math.min(size, other.size);
        sum = Math.min(sum, other.errorSum);
        max = Math.min(max, other.errorMax);
      }
    }
    if (complete && top.mayEnter(scoreUpperBound(context, size, sum, max))) live.push(v);
  }
  return live;
}

