import type { ColumnProfile, Engine } from '../../engine/engine';
import type { ColumnType } from '../../protocol';
import type { ColumnInput, ColumnPair } from './types';
import { alignCategories } from '../../stats/binning';

export interface EngineSide {
  engine: Engine;
  stage: string;
}

export interface Skipped {
  column: string;
  reason: string;
}

/**
 * Asks each engine for the statistics a column needs: sorted values for numbers, value counts
 * for categories and booleans. Columns that cannot be compared are skipped with a reason.
 */
export async function columnPairs(reference: EngineSide, current: EngineSide, wanted: string[] | undefined): Promise<{ inputs: ColumnInput[]; skipped: Skipped[] }> {
  const refProfiles = await profilesOf(reference);
  const curProfiles = await profilesOf(current);
  const names = wanted ?? [...refProfiles.keys()].filter((name) => curProfiles.has(name));
  const inputs: ColumnInput[] = [];
  const skipped: Skipped[] = [];
  for (const column of names) {
    const type = refProfiles.get(column)?.type;
    const why = skipReason(type, curProfiles.get(column)?.type) ?? (wanted ? undefined : identifierReason(refProfiles.get(column), curProfiles.get(column)));
    if (why || !type) {
      skipped.push({ column, reason: why ?? 'not in the reference' });
      continue;
    }
    const pair = await pairOf(reference, current, column, type);
    if (pair.kind === 'numeric' ? pair.reference.length === 0 || pair.current.length === 0 : isEmpty(pair.reference) || isEmpty(pair.current)) {
      skipped.push({ column, reason: 'no non-missing values on one side' });
    } else inputs.push({ column, type, pair });
  }
  return { inputs, skipped };
}

async function profilesOf(side: EngineSide): Promise<Map<string, ColumnProfile>> {
  return new Map((await side.engine.profile(side.stage)).map((p) => [p.name, p]));
}

/** Above this share of distinct values a text column names records (an id), it is not a distribution. */
const IDENTIFIER_DISTINCT_SHARE = 0.9;
const IDENTIFIER_MIN_DISTINCT = 50;

/**
 * A record key shares almost no value between two samples, so every test calls it drifted with
 * the largest effect there is. It is left out unless asked for by name (--columns).
 */
function identifierReason(reference: ColumnProfile | undefined, current: ColumnProfile | undefined): string | undefined {
  const looksLikeId = (p: ColumnProfile | undefined): boolean =>
    p?.type === 'category' && (p.distinct ?? 0) >= IDENTIFIER_MIN_DISTINCT && (p.distinct ?? 0) >= IDENTIFIER_DISTINCT_SHARE * (p.count - p.nullCount);
  if (!looksLikeId(reference) || !looksLikeId(current)) return undefined;
  return `identifier-like: ${reference!.distinct} distinct values in ${reference!.count - reference!.nullCount} rows; name it in --columns to compare it anyway`;
}

function skipReason(refType: ColumnType | undefined, curType: ColumnType | undefined): string | undefined {
  if (!refType) return 'not in the reference';
  if (!curType) return 'not in the current data';
  if (refType !== curType) return `type changed from ${refType} to ${curType}`;
  if (refType === 'time') return 'time column: not compared';
  return undefined;
}

async function pairOf(reference: EngineSide, current: EngineSide, column: string, type: ColumnType): Promise<ColumnPair> {
  if (type === 'number') {
    const ref = await reference.engine.sortedValues(reference.stage, column);
    const cur = await current.engine.sortedValues(current.stage, column);
    return distinctAtMost(ref, cur, 2) ? countsFromSorted(ref, cur) : { kind: 'numeric', reference: ref, current: cur };
  }
  const aligned = alignCategories(
    await reference.engine.valueCounts(reference.stage, column),
    await current.engine.valueCounts(current.stage, column),
  );
  return { kind: aligned.labels.length <= 2 ? 'binary' : 'categorical', ...aligned };
}

/** A numeric column holding at most two values (0/1 flags) is compared as shares, not as values. */
function distinctAtMost(a: Float64Array, b: Float64Array, limit: number): boolean {
  const seen = new Set<number>();
  for (const sample of [a, b]) {
    for (let i = 0; i < sample.length; i++) {
      if (i > 0 && sample[i] === sample[i - 1]) continue;
      seen.add(sample[i]);
      if (seen.size > limit) return false;
    }
  }
  return true;
}

function countsFromSorted(ref: Float64Array, cur: Float64Array): ColumnPair {
  return { kind: 'binary', ...alignCategories(runCounts(ref), runCounts(cur)) };
}

/** Value counts of a sorted sample: one entry per run of equal values. */
function runCounts(sorted: Float64Array): { value: string; count: number }[] {
  const out: { value: string; count: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) out[out.length - 1].count++;
    else out.push({ value: String(sorted[i]), count: 1 });
  }
  return out;
}

function isEmpty(counts: number[]): boolean {
  return counts.every((c) => c === 0);
}
