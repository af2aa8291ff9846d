import type { BinnedFeature, FeatureSet, SliceRelation } from '../../engine/sliceRelation';
import type { ChildCounts, LevelRequest } from './childCounts';
import { combinedCode } from '../../engine/sliceRelation';
import { emptyGroupStats } from './childCounts';

/**
 * A search level's children counted by the engine in one request: each wanted (parent, feature)
 * becomes the feature set `parent's features + feature`, restricted to the wanted parents.
 */
export async function relationCounts(relation: SliceRelation, features: BinnedFeature[], request: LevelRequest): Promise<ChildCounts> {
  const sets: FeatureSet[] = [];
  const setOf = new Map<string, number>();
  for (const { parent, feature } of request.wanted()) {
    const members = parent ? [...parent.features, feature] : [feature];
    const id = members.join(',');
    let at = setOf.get(id);
    if (at === undefined) setOf.set(id, (at = sets.push(parent ? { features: members, parents: [] } : { features: members }) - 1));
    if (parent) sets[at].parents!.push(parent.values);
  }
  const counted = await relation.countSets(features, sets);
  const cardinality = (f: number) => features[f].bins.labels.length;
  return {
    of: (parent, g) => {
      const members = parent ? [...parent.features, g] : [g];
      const groups = counted[setOf.get(members.join(','))!];
      const stats = emptyGroupStats(cardinality(g));
      const base = parent ? combinedCode(parent.values, parent.features.map(cardinality)) * cardinality(g) : 0;
      for (let v = 0; v < stats.count.length; v++) {
        const group = groups.get(base + v);
        if (!group) continue;
        stats.count[v] = group.count;
        stats.sum[v] = group.errorSum;
        stats.squares[v] = group.errorSquares;
        stats.max[v] = group.errorMax;
      }
      return stats;
    },
  };
}
