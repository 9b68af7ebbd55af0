import type { SelectionDimension } from '../balance/index.js';

/** "At least 25 % from Africa" (`region`, `africa`, min 25, share), "at most 5 per country" (`country`, `*`, max 5, count). */
export interface SelectionTarget {
  id: string;
  dimension: SelectionDimension;
  /** `*` applies the bounds to each value of the dimension on its own. */
  value: string;
  min?: number;
  max?: number;
  /** A share is in percent of the places. */
  unit: 'count' | 'share';
}

export type TargetReasonCode = 'too_few_candidates' | 'conflicts_with_targets' | 'conflicts_with_decisions' | 'exceeds_places';

/** Why a target is not met: a `code` and numbers to translate, and an English `message`. */
export interface TargetReason {
  code: TargetReasonCode;
  message: string;
  /** What there is: candidates in (or, for a max, outside) the group, or places. */
  available?: number;
  /** What the target needs of it. */
  needed?: number;
  conflictingTargetIds?: string[];
}

export interface TargetOutcome {
  target: SelectionTarget;
  /** Selected candidates in the group; for `*`, those of its worst value. */
  achieved: number;
  /** For `*`, the worst value. */
  value: string;
  met: boolean;
  reason?: TargetReason;
}

export interface SelectionSuggestion {
  selectedIds: string[];
  /** Sum of the selected candidates' scores (unreviewed ones count 0). */
  totalScore: number;
  targets: TargetOutcome[];
  allTargetsMet: boolean;
  elapsedMs: number;
}
