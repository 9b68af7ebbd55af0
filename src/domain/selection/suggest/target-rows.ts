import { dimensionValues, undeclaredGender, unknownValue, type BalanceDimension, type SelectionCandidate } from '../balance/index.js';
import { isSubregion } from '../regions/index.js';
import type { SelectionTarget } from './selection-target.js';
import { countBounds } from './target-bounds.js';

/** One group a target bounds: the whole target, or one value of a `*` target. */
export interface TargetRow {
  targetIndex: number;
  value: string;
  /** Indices of the candidates in the group. */
  members: number[];
  min: number | null;
  max: number | null;
}

/** Values that are not a group of their own when a target says "each value". */
const notAGroup = new Set([unknownValue, undeclaredGender]);

const normalisedValue = (target: SelectionTarget): string =>
  target.dimension === 'country' ? target.value.trim().toUpperCase() : target.value.trim().toLowerCase();

const countedDimension = (target: SelectionTarget, value: string): BalanceDimension =>
  target.dimension === 'region' && isSubregion(value) ? 'subregion' : target.dimension;

/**
 * The groups each target bounds, with its bounds in candidates; a `*` target gives one row per
 * value that some candidate has.
 *
 * @example targetRows(candidates, [{ id: 'c', dimension: 'country', value: '*', max: 5, unit: 'count' }], 102) // one row per country
 */
export function targetRows(candidates: SelectionCandidate[], targets: SelectionTarget[], places: number): TargetRow[] {
  const membersByDimension = new Map<BalanceDimension, Map<string, number[]>>();
  const membersOf = (dimension: BalanceDimension): Map<string, number[]> => {
    let members = membersByDimension.get(dimension);
    if (!members) {
      members = new Map();
      candidates.forEach((candidate, index) => {
        for (const value of dimensionValues(candidate, dimension)) {
          const group = members!.get(value);
          if (group) group.push(index);
          else members!.set(value, [index]);
        }
      });
      membersByDimension.set(dimension, members);
    }
    return members;
  };

  return targets.flatMap((target, targetIndex) => {
    const bounds = countBounds(target, places);
    const value = normalisedValue(target);
    if (value !== '*') return [{ targetIndex, value, members: membersOf(countedDimension(target, value)).get(value) ?? [], ...bounds }];
    return [...membersOf(target.dimension)]
      .filter(([each]) => !notAGroup.has(each))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([each, members]) => ({ targetIndex, value: each, members, ...bounds }));
  });
}

/** How far a count falls outside a row's bounds: 0 when it meets them. */
export const rowShortfall = (row: TargetRow, count: number): number =>
  Math.max(0, (row.min ?? 0) - count) + Math.max(0, count - (row.max ?? Infinity));
