import type { SimilarityMatrix } from './similarity-matrix.js';

/**
 * Average-linkage agglomerative clustering that never makes a group bigger than `maxSize`:
 * starting from one group per item, merges the two groups with the highest mean pairwise
 * similarity until `groupCount` groups are left or no allowed merge remains. Ties go to the
 * lowest indexes, so the result is deterministic. Groups are lists of item indexes.
 */
export function agglomerate(similarity: SimilarityMatrix, groupCount: number, maxSize: number): number[][] {
  const size = similarity.size;
  const groups: (number[] | null)[] = Array.from({ length: size }, (_, index) => [index]);
  // linkSums[a][b]: the sum of the similarities of every pair across groups a and b.
  const linkSums = Array.from({ length: size }, (_, a) => Float64Array.from({ length: size }, (_, b) => similarity.at(a, b)));
  let remaining = size;
  while (remaining > groupCount) {
    let best: { a: number; b: number; linkage: number } | null = null;
    for (let a = 0; a < size; a++) {
      const groupA = groups[a];
      if (!groupA) continue;
      for (let b = a + 1; b < size; b++) {
        const groupB = groups[b];
        if (!groupB || groupA.length + groupB.length > maxSize) continue;
        const linkage = linkSums[a]![b]! / (groupA.length * groupB.length);
        if (!best || linkage > best.linkage) best = { a, b, linkage };
      }
    }
    if (!best) break;
    const { a, b } = best;
    groups[a] = [...groups[a]!, ...groups[b]!];
    groups[b] = null;
    for (let c = 0; c < size; c++) {
      const merged = linkSums[a]![c]! + linkSums[b]![c]!;
      linkSums[a]![c] = merged;
      linkSums[c]![a] = merged;
    }
    remaining -= 1;
  }
  return groups.filter((group): group is number[] => group !== null);
}
