import type { SelectionCandidate } from '../balance/index.js';
import type { TargetRow } from './target-rows.js';

/** The organisers' decisions: 1 accepted, 0 rejected, null for the solver to choose. */
export type FixedDecision = 0 | 1 | null;

export interface SelectionProblem {
  /** What the solver maximises, per candidate. */
  weights: number[];
  fixed: FixedDecision[];
  /** How many to select: the places, or every candidate not rejected when there are fewer. */
  seats: number;
  rows: TargetRow[];
}

/**
 * The objective weight of each candidate: its score, or for an unreviewed one less than any
 * reviewed score, so unreviewed candidates are taken only when a target needs them.
 *
 * @example selectionWeights([{ score: 4.2 }, { score: null }, { score: 1 }]) // [4.2, -1, 1]
 */
export function selectionWeights(candidates: Pick<SelectionCandidate, 'score'>[]): number[] {
  const reviewed = candidates.flatMap((candidate) => (candidate.score === null ? [] : [candidate.score]));
  const unreviewedWeight = Math.min(0, ...reviewed) - 1;
  return candidates.map((candidate) => candidate.score ?? unreviewedWeight);
}

export function selectionProblem(candidates: SelectionCandidate[], places: number, rows: TargetRow[], accepted: Iterable<string>, rejected: Iterable<string>): SelectionProblem {
  const acceptedIds = new Set(accepted);
  const rejectedIds = new Set(rejected);
  const fixed = candidates.map((candidate): FixedDecision => (acceptedIds.has(candidate.id) ? 1 : rejectedIds.has(candidate.id) ? 0 : null));
  const open = fixed.filter((decision) => decision !== 0).length;
  return { weights: selectionWeights(candidates), fixed, seats: Math.min(places, open), rows };
}
