import { invalid, type FieldProblem } from '../../errors.js';
import type { ReviewerFacts, SubmissionFacts } from './conflict-facts.js';

function checkId(value: unknown, path: string, problems: FieldProblem[]): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push({ path, message: 'must be a non-empty string' });
}

function checkList(value: unknown, path: string, problems: FieldProblem[]): void {
  if (!Array.isArray(value)) problems.push({ path, message: 'must be a list' });
}

export function reviewerProblems(reviewer: ReviewerFacts, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkId(reviewer.userId, `${path}.userId`, problems);
  for (const field of ['organisationIds', 'organisationNames', 'networkIds'] as const) checkList(reviewer[field], `${path}.${field}`, problems);
  return problems;
}

export function submissionProblems(submission: SubmissionFacts, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkId(submission.id, `${path}.id`, problems);
  checkList(submission.networkIds, `${path}.networkIds`, problems);
  checkList(submission.presenters, `${path}.presenters`, problems);
  return problems;
}

/** Throws an 'invalid' DomainError naming each bad field, and any id given twice. */
export function assertValidFacts(reviewers: readonly ReviewerFacts[], submissions: readonly SubmissionFacts[], single = false): void {
  const problems: FieldProblem[] = [];
  const seenUsers = new Set<string>();
  reviewers.forEach((reviewer, i) => {
    const path = single ? 'reviewer' : `reviewers[${i}]`;
    problems.push(...reviewerProblems(reviewer, path));
    if (seenUsers.has(reviewer.userId)) problems.push({ path: `${path}.userId`, message: `"${reviewer.userId}" is listed twice` });
    seenUsers.add(reviewer.userId);
  });
  const seenSubmissions = new Set<string>();
  submissions.forEach((submission, i) => {
    const path = single ? 'submission' : `submissions[${i}]`;
    problems.push(...submissionProblems(submission, path));
    if (seenSubmissions.has(submission.id)) problems.push({ path: `${path}.id`, message: `"${submission.id}" is listed twice` });
    seenSubmissions.add(submission.id);
  });
  if (problems.length > 0) throw invalid(problems);
}
