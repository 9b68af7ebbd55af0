/**
 * Which reviewers must never see which submissions: their own, one they present, one from their
 * organisation or network, and, when the edition says so, one from their city or country.
 */
export type { ReviewerFacts, SubmissionFacts, PresenterFacts, PresenterRole, ConflictRules, ConflictReason, ConflictCode } from './conflict-facts.js';
export { pairKey } from './conflict-facts.js';
export { detectConflicts } from './detect-conflicts.js';
export { detectAllConflicts } from './detect-all-conflicts.js';
