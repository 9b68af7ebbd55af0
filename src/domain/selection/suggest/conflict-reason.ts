import type { TargetReason } from './selection-target.js';
import { rowCounts, solveSelection } from './solve-selection.js';
import { rowShortfall } from './target-rows.js';
import { boundPhrase, brokenSide, plural, type UnmetContext } from './unmet-context.js';

const targetShortfalls = (context: UnmetContext, counts: number[]): number[] => {
  const shortfalls = context.targets.map(() => 0);
  context.problem.rows.forEach((row, rowIndex) => (shortfalls[row.targetIndex]! += rowShortfall(row, counts[rowIndex]!)));
  return shortfalls;
};

const disjoint = (groups: number[][]): boolean => {
  const seen = new Set<number>();
  for (const group of groups) for (const member of group) {
    if (seen.has(member)) return false;
    seen.add(member);
  }
  return true;
};

/**
 * Why a target no selection can meet on its own (given the decisions and places) is unmet, when no
 * single group explains it: its groups' caps leave places nobody may fill, their minimums add up
 * beyond the places, or, when it could be met without them, the organisers' decisions.
 */
async function unmeetableAloneReason(context: UnmetContext, rowIndex: number, targetRows: number[]): Promise<TargetReason> {
  const { problem, targets, places } = context;
  const row = problem.rows[rowIndex]!;
  const target = targets[row.targetIndex]!;
  const side = brokenSide(row, context.counts[rowIndex]!);
  const bound = side === 'min' ? row.min! : row.max!;
  const each = target.value === '*' ? ' of each value' : '';
  const opening = `Target "${target.id}" ${side === 'min' ? 'asks for' : 'allows'} ${side === 'min' ? 'at least' : 'at most'} ${plural(bound, 'candidate')}${each}`;
  const undecidedProblem = { ...problem, fixed: problem.fixed.map(() => null), seats: Math.min(places, problem.fixed.length) };
  if (await solveSelection(undecidedProblem, new Set(targetRows))) {
    return { code: 'conflicts_with_decisions', needed: bound, message: `${opening}, which no selection can meet together with the organisers' decisions.` };
  }
  const groups = targetRows.map((index) => problem.rows[index]!);
  if (side === 'min') {
    const needed = groups.reduce((sum, group) => sum + (group.min ?? 0), 0);
    return { code: 'exceeds_places', available: problem.seats, needed, message: `${opening}: ${plural(groups.length, 'group')} that together need ${needed} of the ${plural(problem.seats, 'place')}.` };
  }
  const inSomeGroup = new Set(groups.flatMap((group) => group.members));
  const room = groups.reduce((sum, group) => sum + Math.min(group.max ?? Infinity, group.members.length), 0) + (problem.fixed.length - inSomeGroup.size);
  return {
    code: 'too_few_candidates',
    available: Math.min(room, problem.seats),
    needed: problem.seats,
    message: `${opening}, which leaves too few candidates to fill the ${plural(problem.seats, 'place')}.`,
  };
}

/**
 * Why other targets are in the way of a target: solves again with all of the target's groups made
 * strict and names the targets that then fall shorter than in the suggestion. When even that has
 * no solution, the target cannot be met on its own.
 *
 * @example await conflictReason(context, 3) // { code: 'conflicts_with_targets', conflictingTargetIds: ['europe-min'], … }
 */
export async function conflictReason(context: UnmetContext, rowIndex: number): Promise<TargetReason> {
  const { problem, targets, places } = context;
  const row = problem.rows[rowIndex]!;
  const target = targets[row.targetIndex]!;
  const side = brokenSide(row, context.counts[rowIndex]!);
  const bound = side === 'min' ? row.min! : row.max!;
  const wanted = `Target "${target.id}" ${side === 'min' ? 'asks for' : 'allows'} ${boundPhrase(target, row, side, places)}`;
  const targetRows = problem.rows.flatMap((each, index) => (each.targetIndex === row.targetIndex ? [index] : []));

  const forced = await solveSelection(problem, new Set(targetRows));
  if (!forced) return unmeetableAloneReason(context, rowIndex, targetRows);
  const forcedCounts = rowCounts(problem, forced);
  const before = targetShortfalls(context, context.counts);
  const after = targetShortfalls(context, forcedCounts);
  const others = (grew: (index: number) => boolean) => targets.flatMap((other, index) => (index !== row.targetIndex && grew(index) ? [index] : []));
  let conflicting = others((index) => after[index]! > before[index]!);
  if (conflicting.length === 0) conflicting = others((index) => after[index]! > 0);
  const names = conflicting.map((index) => `"${targets[index]!.id}"`).join(', ');
  const conflictingTargetIds = conflicting.map((index) => targets[index]!.id);

  if (side === 'min') {
    const brokenMins = problem.rows.flatMap((other, index) =>
      conflicting.includes(other.targetIndex) && other.min !== null && rowShortfall(other, forcedCounts[index]!) > 0 ? [other] : [],
    );
    const together = [row, ...brokenMins];
    const needed = together.reduce((sum, each) => sum + each.min!, 0);
    if (brokenMins.length > 0 && brokenMins.length === conflicting.length && needed > problem.seats && disjoint(together.map((each) => each.members))) {
      return {
        code: 'conflicts_with_targets',
        available: problem.seats,
        needed,
        conflictingTargetIds,
        message: `${wanted}, but with ${names} it needs at least ${needed} candidates (${together.map((each) => each.min).join(' + ')}) of the ${plural(problem.seats, 'place')}.`,
      };
    }
  }
  return { code: 'conflicts_with_targets', needed: bound, conflictingTargetIds, message: `${wanted}, which cannot be met without breaking ${names}.` };
}
