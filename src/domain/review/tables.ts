import type { BooleanColumn, Instant, JsonColumn } from '../../db/column-types.js';

export interface ReviewSettingsTable {
  edition_id: string;
  /** Reviewers see no names, organisations, or the words that reveal them. */
  anonymous: BooleanColumn;
  /** Reviewers may read the others' scores before submitting their own. */
  reveal_scores_before_own: BooleanColumn;
  conflict_same_city: BooleanColumn;
  conflict_same_country: BooleanColumn;
  reviews_per_submission: number;
  updated_at: Instant;
}

/** "Relevance to the SSE", weighted; scores run from 0 to 5. */
export interface ReviewCriterionTable {
  id: string;
  edition_id: string;
  key: string;
  label: JsonColumn;
  weight: number;
  position: number;
}

export interface ReviewPhaseTable {
  id: string;
  edition_id: string;
  name: JsonColumn;
  starts_at: Instant;
  ends_at: Instant;
  position: number;
}

export interface ReviewerProfileTable {
  id: string;
  edition_id: string;
  user_id: string;
  /** JSON array of the languages the reviewer reads. */
  languages: JsonColumn;
  /** JSON array of theme ids. */
  themes: JsonColumn;
  max_load: number;
  organisation_name: string | null;
  /** JSON array of the networks the reviewer belongs to (RIPESS, GSEF…). */
  networks: JsonColumn;
  city: string | null;
  country: string | null;
}

export interface ReviewAssignmentTable {
  id: string;
  edition_id: string;
  submission_id: string;
  reviewer_user_id: string;
  source: 'suggested' | 'manual';
  created_at: Instant;
}

export interface ReviewTable {
  id: string;
  edition_id: string;
  submission_id: string;
  reviewer_user_id: string;
  /** JSON object: criterion key → score 0..5. */
  scores: JsonColumn;
  comment: string;
  /** Weighted mean of the scores, 0..5; null while a criterion is unscored. */
  weighted_score: number | null;
  status: 'draft' | 'submitted';
  submitted_at: Instant | null;
  updated_at: Instant;
}

export interface ReviewConflictTable {
  id: string;
  edition_id: string;
  submission_id: string;
  reviewer_user_id: string;
  source: 'declared' | 'detected';
  /** JSON array of `{ code, detail }`. */
  reasons: JsonColumn;
  created_at: Instant;
}

export interface ReviewTables {
  review_settings: ReviewSettingsTable;
  review_criterion: ReviewCriterionTable;
  review_phase: ReviewPhaseTable;
  reviewer_profile: ReviewerProfileTable;
  review_assignment: ReviewAssignmentTable;
  review: ReviewTable;
  review_conflict: ReviewConflictTable;
}
