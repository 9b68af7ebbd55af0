export { deadlineInstant, deadlineLocalInput, describeDeadline } from './call-deadline.js';
export { callInputSchema, callQuestionInputSchema, invitationInputSchema, submissionInputSchema, submissionUpdateSchema, type CallInput, type InvitationInput, type SubmissionInput, type SubmissionUpdate } from './call-schemas.js';
export { CallService, type CallQuestionView, type CallView, type EditionRow } from './call-service.js';
export { canEditSubmission, canReadSubmission, canSeeCall } from './rules.js';
export { acceptInvitation, SubmissionService } from './submission-service.js';
export { acceptedPresenterUserIds, loadSubmissionViews, type PresenterView, type SubmissionFileView, type SubmissionView } from './submission-view.js';
export { callStatuses, questionKinds, submissionKinds, type CallStatus, type QuestionKind, type SubmissionKind } from './tables.js';
