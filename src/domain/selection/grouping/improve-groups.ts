import type { GroupState } from './group-state.js';

/** Each pass looks at every move and swap; in practice a handful of passes settle. */
const maxPasses = 50;
const epsilon = 1e-9;

/**
 * Local search within [minSize, maxSize] that raises the total group score: moves an item to
 * another group (only where the item itself fits better on average, so a weak member is never
 * pushed out just to lift its old group's mean), and swaps two items; stops when nothing helps or
 * after 50 passes. Items and groups are tried in index order, so the result is deterministic.
 */
export function improveGroups(state: GroupState, minSize: number, maxSize: number): void {
  const itemCount = state.similarity.size;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let item = 0; item < itemCount; item++) {
      if (state.sizeOf(state.groupOf[item]!) <= minSize) continue;
      let best = { group: -1, gain: epsilon };
      for (let group = 0; group < state.groupCount; group++) {
        if (group === state.groupOf[item] || state.sizeOf(group) >= maxSize) continue;
        if (state.meanSimilarityTo(item, group) <= state.meanSimilarityTo(item, state.groupOf[item]!)) continue;
        const gain = state.moveGain(item, group);
        if (gain > best.gain) best = { group, gain };
      }
      if (best.group === -1) continue;
      state.move(item, best.group);
      improved = true;
    }
    for (let a = 0; a < itemCount; a++) {
      for (let b = a + 1; b < itemCount; b++) {
        const groupA = state.groupOf[a]!;
        const groupB = state.groupOf[b]!;
        if (groupA === groupB || state.swapGain(a, b) <= epsilon) continue;
        state.move(a, groupB);
        state.move(b, groupA);
        improved = true;
      }
    }
    if (!improved) return;
  }
}
