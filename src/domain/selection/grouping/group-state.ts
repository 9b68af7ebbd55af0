import type { SimilarityMatrix } from './similarity-matrix.js';

/**
 * How good a group is: the sum, over its members, of their mean similarity to the other members
 * (what each presenter gets from the workshop). Unlike the plain sum over pairs, it does not
 * reward a group for being big, nor a pile of unrelated leftovers for being together.
 */
export function groupScore(pairSum: number, size: number): number {
  return size < 2 ? 0 : (2 * pairSum) / (size - 1);
}

/**
 * Groups of item indexes with, for every item and group, the sum of the item's similarities to
 * the group's members, and each group's sum over its pairs: what scoring moves needs to be cheap.
 */
export class GroupState {
  readonly members: number[][];
  readonly groupOf: number[];
  /** sumTo[item][group]: Σ similarity(item, member) over the group's members other than the item. */
  private readonly sumTo: Float64Array[];
  /** Σ similarity over the pairs inside each group. */
  private readonly pairSums: number[];

  constructor(
    readonly similarity: SimilarityMatrix,
    groups: number[][],
  ) {
    this.members = groups.map((group) => [...group]);
    this.groupOf = new Array<number>(similarity.size).fill(-1);
    this.members.forEach((group, index) => group.forEach((item) => (this.groupOf[item] = index)));
    this.sumTo = Array.from({ length: similarity.size }, (_, item) =>
      Float64Array.from(this.members, (group) => group.reduce((sum, member) => (member === item ? sum : sum + similarity.at(item, member)), 0)),
    );
    this.pairSums = this.members.map((group, index) => group.reduce((sum, member) => sum + this.similarityTo(member, index), 0) / 2);
  }

  get groupCount(): number {
    return this.members.length;
  }

  sizeOf(group: number): number {
    return this.members[group]!.length;
  }

  /** Σ similarity(item, member) over a group's other members. */
  similarityTo(item: number, group: number): number {
    return this.sumTo[item]![group]!;
  }

  /** The item's mean similarity to a group's other members; 0 for no other member. */
  meanSimilarityTo(item: number, group: number): number {
    const others = this.sizeOf(group) - (this.groupOf[item] === group ? 1 : 0);
    return others === 0 ? 0 : this.similarityTo(item, group) / others;
  }

  /** The change in the total {@link groupScore} if the item moved to another group. */
  moveGain(item: number, to: number): number {
    const from = this.groupOf[item]!;
    const fromSize = this.sizeOf(from);
    const toSize = this.sizeOf(to);
    const fromSum = this.pairSums[from]!;
    const toSum = this.pairSums[to]!;
    return (
      groupScore(fromSum - this.similarityTo(item, from), fromSize - 1) +
      groupScore(toSum + this.similarityTo(item, to), toSize + 1) -
      groupScore(fromSum, fromSize) -
      groupScore(toSum, toSize)
    );
  }

  /** The change in the total {@link groupScore} if two items of different groups swapped places. */
  swapGain(a: number, b: number): number {
    const groupA = this.groupOf[a]!;
    const groupB = this.groupOf[b]!;
    const between = this.similarity.at(a, b);
    const changeA = this.similarityTo(b, groupA) - between - this.similarityTo(a, groupA);
    const changeB = this.similarityTo(a, groupB) - between - this.similarityTo(b, groupB);
    const sizeA = this.sizeOf(groupA);
    const sizeB = this.sizeOf(groupB);
    return groupScore(changeA, sizeA) + groupScore(changeB, sizeB);
  }

  /** Moves an item to another group, keeping the sums right. */
  move(item: number, to: number): void {
    const from = this.groupOf[item]!;
    if (from === to) return;
    this.pairSums[from] = this.pairSums[from]! - this.similarityTo(item, from);
    this.pairSums[to] = this.pairSums[to]! + this.similarityTo(item, to);
    const fromMembers = this.members[from]!;
    fromMembers.splice(fromMembers.indexOf(item), 1);
    this.members[to]!.push(item);
    this.groupOf[item] = to;
    for (let other = 0; other < this.similarity.size; other++) {
      if (other === item) continue;
      const value = this.similarity.at(item, other);
      this.sumTo[other]![from] = this.sumTo[other]![from]! - value;
      this.sumTo[other]![to] = this.sumTo[other]![to]! + value;
    }
  }

  /** The groups that are not empty, each sorted by item index. */
  groups(): number[][] {
    return this.members.filter((group) => group.length > 0).map((group) => [...group].sort((a, b) => a - b));
  }
}
