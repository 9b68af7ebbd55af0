export { ReviewBoard, conflictReasonsFor, type AssignmentView, type ConflictView, type RankedSubmission } from './review-board.js';
export { loadReviewerProfiles, type ReviewerProfileView } from './review-facts.js';
export { conflictDeclarationSchema, reviewInputSchema, reviewerProfileInputSchema, reviewSettingsInputSchema, scoreScale, type ReviewInput, type ReviewerProfileInput, type ReviewSettingsInput } from './review-schemas.js';
export { loadReviewSettings, reviewPhaseOpen, saveReviewSettings, weightedScore, type ReviewCriterionView, type ReviewSettingsView } from './review-settings.js';
export { ReviewerDesk, type OwnReview, type ProposalForReview, type ReviewDeskEntry, type ReviewPlaceholders } from './reviewer-desk.js';
