import { agglomerate } from './agglomerate.js';
import { describeGroup, type GroupingData } from './describe-group.js';
import { improveGroups } from './improve-groups.js';
import { itemTerms } from './item-terms.js';
import { repairSizes } from './repair-sizes.js';
import { similarityMatrix } from './similarity-matrix.js';
import { termVectors } from './term-vectors.js';
import { groupCountFor } from './validate-grouping-input.js';
import type { GroupableItem, GroupingOptions, WorkshopGroupSuggestion } from './workshop-group.js';

const byId = (a: GroupableItem, b: GroupableItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Suggests workshops for accepted initiatives: groups of `minSize` to `maxSize` initiatives that
 * share themes and words. Texts are compared by TF-IDF over stemmed fr/es/en words (plus word
 * prefixes, which catch "cooperative"/"cooperativa"), with a bonus for shared themes; groups come
 * from capped average-linkage clustering, then sizes are repaired and a local search of moves and
 * swaps polishes them. Deterministic, and independent of the order of `items` (they are taken by id).
 * Groups come most cohesive first; ids within a group sorted.
 *
 * @example
 * suggestWorkshopGroups(accepted, { minSize: 2, maxSize: 4, targetGroups: 40 });
 * // → [{ itemIds: ['i-17', 'i-52', 'i-88'], theme: 'finance', keywords: ['microcrédit', 'finance', …], cohesion: 0.41 }, …]
 */
export function suggestWorkshopGroups(items: GroupableItem[], options: GroupingOptions): WorkshopGroupSuggestion[] {
  const groupCount = groupCountFor(items, options);
  const sorted = [...items].sort(byId);
  const terms = sorted.map(itemTerms);
  const vectors = termVectors(terms);
  const similarity = similarityMatrix(vectors, sorted.map((item) => new Set(item.themes)));
  const clusters = agglomerate(similarity, groupCount, options.maxSize);
  const state = repairSizes(similarity, clusters, groupCount, options.minSize, options.maxSize);
  improveGroups(state, options.minSize, options.maxSize);
  const data: GroupingData = { items: sorted, terms, vectors, similarity };
  return state
    .groups()
    .map((group) => describeGroup(group, data))
    .sort((a, b) => b.cohesion - a.cohesion || (a.itemIds[0]! < b.itemIds[0]! ? -1 : 1));
}
