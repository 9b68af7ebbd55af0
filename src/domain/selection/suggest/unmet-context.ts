import { describeGroup } from './describe-group.js';
import type { SelectionProblem } from './selection-problem.js';
import type { SelectionTarget } from './selection-target.js';
import type { TargetRow } from './target-rows.js';

export interface UnmetContext {
  problem: SelectionProblem;
  targets: SelectionTarget[];
  places: number;
  /** Row counts of the suggested selection. */
  counts: number[];
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** "at least 26 candidates from Africa (25 % of 102 places)" */
export function boundPhrase(target: SelectionTarget, row: TargetRow, side: 'min' | 'max', places: number): string {
  const count = side === 'min' ? row.min! : row.max!;
  const share = target.unit === 'share' ? ` (${target[side]} % of ${places} places)` : '';
  return `${side === 'min' ? 'at least' : 'at most'} ${plural(count, 'candidate')} ${describeGroup(target.dimension, row.value)}${share}`;
}

/** The side of a row's bounds that a count breaks. */
export const brokenSide = (row: TargetRow, count: number): 'min' | 'max' => (row.min !== null && count < row.min ? 'min' : 'max');
