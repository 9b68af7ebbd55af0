/** Who reads which submission: readers of its language, no conflicts, loads as even as possible. */
export type { ReviewerCapacity, SubmissionToReview, AssignmentPair, AssignmentInput, AssignmentSuggestion, ShortfallReason } from './assignment-types.js';
export { suggestAssignments } from './suggest-assignments.js';
