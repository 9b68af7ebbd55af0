import { invalid, type FieldProblem } from '../../errors.js';
import type { AssignmentInput } from './assignment-types.js';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Throws an 'invalid' DomainError naming each bad field and each id given twice. */
export function assertValidAssignmentInput(input: AssignmentInput): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.reviewsPerSubmission) || input.reviewsPerSubmission < 1) {
    problems.push({ path: 'reviewsPerSubmission', message: 'must be a whole number of at least 1' });
  }
  if (typeof input.conflicts?.has !== 'function') problems.push({ path: 'conflicts', message: 'must be a set of `userId:submissionId` keys' });

  const users = new Set<string>();
  (input.reviewers ?? []).forEach((reviewer, i) => {
    const path = `reviewers[${i}]`;
    if (!isText(reviewer.userId)) problems.push({ path: `${path}.userId`, message: 'must be a non-empty string' });
    else if (users.has(reviewer.userId)) problems.push({ path: `${path}.userId`, message: `"${reviewer.userId}" is listed twice` });
    users.add(reviewer.userId);
    if (!isTextList(reviewer.languages)) problems.push({ path: `${path}.languages`, message: 'must be a list of language codes' });
    if (!isTextList(reviewer.themes)) problems.push({ path: `${path}.themes`, message: 'must be a list of theme ids' });
    if (!Number.isInteger(reviewer.maxLoad) || reviewer.maxLoad < 0) problems.push({ path: `${path}.maxLoad`, message: 'must be a whole number of 0 or more' });
  });

  const submissions = new Set<string>();
  (input.submissions ?? []).forEach((submission, i) => {
    const path = `submissions[${i}]`;
    if (!isText(submission.id)) problems.push({ path: `${path}.id`, message: 'must be a non-empty string' });
    else if (submissions.has(submission.id)) problems.push({ path: `${path}.id`, message: `"${submission.id}" is listed twice` });
    submissions.add(submission.id);
    if (!isText(submission.language)) problems.push({ path: `${path}.language`, message: 'must be a language code' });
    if (!isTextList(submission.themes)) problems.push({ path: `${path}.themes`, message: 'must be a list of theme ids' });
  });

  (input.existing ?? []).forEach((pair, i) => {
    if (!isText(pair.userId)) problems.push({ path: `existing[${i}].userId`, message: 'must be a non-empty string' });
    if (!isText(pair.submissionId)) problems.push({ path: `existing[${i}].submissionId`, message: 'must be a non-empty string' });
  });
  for (const field of ['reviewers', 'submissions', 'existing'] as const) {
    if (!Array.isArray(input[field])) problems.push({ path: field, message: 'must be a list' });
  }
  if (problems.length > 0) throw invalid(problems);
}
