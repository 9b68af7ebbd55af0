export interface ReviewerCapacity {
  userId: string;
  /** Languages the reviewer reads: 'fr', 'es', 'en' (a region such as 'es-AR' counts as 'es'). */
  languages: string[];
  themes: string[];
  /** The most submissions this reviewer accepts, already-assigned ones included. */
  maxLoad: number;
}

export interface SubmissionToReview {
  id: string;
  language: string;
  themes: string[];
}

export interface AssignmentPair {
  userId: string;
  submissionId: string;
}

export interface AssignmentInput {
  reviewers: ReviewerCapacity[];
  submissions: SubmissionToReview[];
  reviewsPerSubmission: number;
  /** Pairs that must never be assigned, keyed `${userId}:${submissionId}`. */
  conflicts: ReadonlySet<string>;
  /** Assignments the organisers made or kept: counted, never moved. */
  existing: AssignmentPair[];
}

/** Why a submission still lacks readers: nobody reads its language, the readers are conflicted, or the free ones are full. */
export type ShortfallReason = 'no_reader_of_language' | 'all_readers_conflicted' | 'capacity_exhausted';

export interface AssignmentSuggestion {
  /** New assignments only, in submission then reviewer order. */
  assignments: (AssignmentPair & { themeMatch: number })[];
  /** Every reviewer's load once the suggestion is applied, existing assignments included. */
  loads: Record<string, number>;
  shortfalls: { submissionId: string; missing: number; reason: ShortfallReason }[];
}
