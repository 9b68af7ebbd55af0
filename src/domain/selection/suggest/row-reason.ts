import { describeGroup } from './describe-group.js';
import type { TargetReason } from './selection-target.js';
import { boundPhrase, plural, type UnmetContext } from './unmet-context.js';

/**
 * The reason a row cannot be met that needs no solving: the group is too small, asks for more than
 * the places, or the organisers' decisions already settle it. Undefined when only other targets can
 * be in the way.
 *
 * @example rowReason(context, 3) // { code: 'too_few_candidates', available: 6, needed: 30, … }
 */
export function rowReason(context: UnmetContext, rowIndex: number): TargetReason | undefined {
  const { problem, targets, places } = context;
  const row = problem.rows[rowIndex]!;
  const target = targets[row.targetIndex]!;
  const count = context.counts[rowIndex]!;
  const asks = `Target "${target.id}" asks for`;
  const inGroup = (decision: 0 | 1 | null) => row.members.filter((member) => problem.fixed[member] === decision).length;
  const outsideCount = problem.fixed.length - row.members.length;

  if (row.min !== null && count < row.min) {
    const wanted = boundPhrase(target, row, 'min', places);
    const notRejected = row.members.length - inGroup(0);
    const acceptedOutside = problem.fixed.filter((decision) => decision === 1).length - inGroup(1);
    if (row.min > places) return { code: 'exceeds_places', available: places, needed: row.min, message: `${asks} ${wanted}, more than the ${plural(places, 'place')}.` };
    if (row.members.length < row.min) {
      return { code: 'too_few_candidates', available: row.members.length, needed: row.min, message: `${asks} ${wanted}, but the call has only ${plural(row.members.length, 'candidate')} ${describeGroup(target.dimension, row.value)}.` };
    }
    if (notRejected < row.min) {
      return { code: 'conflicts_with_decisions', available: notRejected, needed: row.min, message: `${asks} ${wanted}, but the organisers rejected ${inGroup(0)} of the ${row.members.length}, leaving ${notRejected}.` };
    }
    if (acceptedOutside > problem.seats - row.min) {
      const room = problem.seats - acceptedOutside;
      return { code: 'conflicts_with_decisions', available: room, needed: row.min, message: `${asks} ${wanted}, but the organisers accepted ${plural(acceptedOutside, 'other candidate')}, leaving room for ${room}.` };
    }
  }
  if (row.max !== null && count > row.max) {
    const allowed = boundPhrase(target, row, 'max', places);
    const outsideNeeded = problem.seats - row.max;
    const outsideOpen = outsideCount - problem.fixed.filter((decision) => decision === 0).length + inGroup(0);
    const allows = `Target "${target.id}" allows ${allowed}`;
    if (inGroup(1) > row.max) {
      return { code: 'conflicts_with_decisions', available: row.max, needed: inGroup(1), message: `${allows}, but the organisers already accepted ${inGroup(1)} of them.` };
    }
    if (outsideCount < outsideNeeded) {
      return { code: 'too_few_candidates', available: outsideCount, needed: outsideNeeded, message: `${allows}, but only ${plural(outsideCount, 'other candidate')} can fill the other ${outsideNeeded} of the ${plural(problem.seats, 'place')}.` };
    }
    if (outsideOpen < outsideNeeded) {
      return { code: 'conflicts_with_decisions', available: outsideOpen, needed: outsideNeeded, message: `${allows}, but after the organisers' rejections only ${plural(outsideOpen, 'other candidate')} can fill the other ${outsideNeeded} places.` };
    }
  }
  return undefined;
}
