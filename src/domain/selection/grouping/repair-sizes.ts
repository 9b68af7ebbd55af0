import { GroupState } from './group-state.js';
import type { SimilarityMatrix } from './similarity-matrix.js';

/** Empties the smallest group into the most similar groups that have room, until `groupCount` are left. */
function dissolveExtraGroups(state: GroupState, groupCount: number, maxSize: number): void {
  const alive = () => state.members.map((group, index) => ({ index, size: group.length })).filter(({ size }) => size > 0);
  for (let groups = alive(); groups.length > groupCount; groups = alive()) {
    const smallest = groups.reduce((least, group) => (group.size < least.size ? group : least));
    for (const item of [...state.members[smallest.index]!]) {
      let target = -1;
      for (const { index } of groups) {
        if (index === smallest.index || state.sizeOf(index) >= maxSize) continue;
        if (target === -1 || state.meanSimilarityTo(item, index) > state.meanSimilarityTo(item, target)) target = index;
      }
      // Room always exists: items ≤ groupCount × maxSize ≤ (groups - 1) × maxSize.
      state.move(item, target);
    }
  }
}

/** Fills each group below `minSize` with the members other groups can spare, best total score first. */
function fillSmallGroups(state: GroupState, minSize: number): void {
  for (;;) {
    let small = -1;
    state.members.forEach((group, index) => {
      if (group.length > 0 && group.length < minSize && (small === -1 || group.length < state.sizeOf(small))) small = index;
    });
    if (small === -1) return;
    let best: { item: number; gain: number } | null = null;
    for (let item = 0; item < state.similarity.size; item++) {
      const from = state.groupOf[item]!;
      if (from === small || state.sizeOf(from) <= minSize) continue;
      const gain = state.moveGain(item, small);
      if (!best || gain > best.gain) best = { item, gain };
    }
    // A donor always exists: items ≥ groups × minSize, so a group below it means one above it.
    state.move(best!.item, small);
  }
}

/**
 * Brings the groups to exactly `groupCount`, each of `minSize` to `maxSize` items, moving as few
 * items as it can and each to where it fits best. Needs groupCount × minSize ≤ items ≤
 * groupCount × maxSize, at least `groupCount` groups, and none above `maxSize`.
 */
export function repairSizes(similarity: SimilarityMatrix, groups: number[][], groupCount: number, minSize: number, maxSize: number): GroupState {
  const state = new GroupState(similarity, groups);
  dissolveExtraGroups(state, groupCount, maxSize);
  fillSmallGroups(state, minSize);
  return new GroupState(similarity, state.groups());
}
