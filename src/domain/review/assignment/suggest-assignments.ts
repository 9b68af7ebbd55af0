import type { AssignmentInput, AssignmentSuggestion } from './assignment-types.js';
import { solveBalancedFlow } from './balanced-flow.js';
import { explainShortfall } from './explain-shortfall.js';
import { languageKey } from './language-key.js';
import { themeMatch } from './theme-match.js';
import { assertValidAssignmentInput } from './validate-assignment-input.js';

// Theme match in hundredths, so flow costs stay whole numbers.
const matchScale = 100;

/**
 * Proposes who reads what: each submission gets `reviewsPerSubmission` readers of its language,
 * never a conflicted reviewer, never a reviewer twice, nobody above their `maxLoad`. When readers
 * run short, every submission gets one review before any gets a second. Then loads as even as the
 * languages allow (least maximum, least spread); then the best theme match.
 * Existing assignments count toward both sides and are left alone. Same input, same answer.
 *
 * @example
 * const suggestion = suggestAssignments({
 *   reviewers: [{ userId: 'u1', languages: ['es', 'en'], themes: ['housing'], maxLoad: 20 }],
 *   submissions: [{ id: 's1', language: 'es', themes: ['housing'] }],
 *   reviewsPerSubmission: 2, conflicts: new Set(), existing: [],
 * });
 * // → assignments [{ userId: 'u1', submissionId: 's1', themeMatch: 1 }], loads { u1: 1 },
 * //   shortfalls [{ submissionId: 's1', missing: 1, reason: 'no_reader_of_language' }]
 */
export function suggestAssignments(input: AssignmentInput): AssignmentSuggestion {
  assertValidAssignmentInput(input);
  const { reviewers, submissions, reviewsPerSubmission, conflicts } = input;
  const reviewerAt = new Map(reviewers.map((reviewer, i) => [reviewer.userId, i]));
  const submissionAt = new Map(submissions.map((submission, i) => [submission.id, i]));

  const load = reviewers.map(() => 0);
  const given = submissions.map(() => 0);
  const existingPairs = new Set<string>();
  for (const { userId, submissionId } of input.existing) {
    const key = `${userId}:${submissionId}`;
    if (existingPairs.has(key)) continue;
    existingPairs.add(key);
    const r = reviewerAt.get(userId);
    const s = submissionAt.get(submissionId);
    if (r !== undefined) load[r]!++;
    if (s !== undefined) given[s]!++;
  }

  const readerThemes = reviewers.map((reviewer) => new Set(reviewer.themes));
  const readersOf = new Map<string, number[]>();
  reviewers.forEach((reviewer, r) => {
    for (const language of new Set(reviewer.languages.map(languageKey))) {
      const list = readersOf.get(language) ?? [];
      list.push(r);
      readersOf.set(language, list);
    }
  });

  const readers = submissions.map(() => 0);
  const conflictedReaders = submissions.map(() => 0);
  const candidates = submissions.map((submission, s) => {
    const allowed: number[] = [];
    const costs: number[] = [];
    for (const r of readersOf.get(languageKey(submission.language)) ?? []) {
      const userId = reviewers[r]!.userId;
      if (existingPairs.has(`${userId}:${submission.id}`)) continue;
      readers[s]!++;
      if (conflicts.has(`${userId}:${submission.id}`)) {
        conflictedReaders[s]!++;
        continue;
      }
      allowed.push(r);
      costs.push(Math.round(matchScale * (1 - themeMatch(readerThemes[r]!, submission.themes))));
    }
    return { reviewers: allowed, costs };
  });

  const need = given.map((count) => Math.max(0, reviewsPerSubmission - count));
  const pairs = solveBalancedFlow({ reviewed: given, need, load, maxLoad: reviewers.map((reviewer) => reviewer.maxLoad), candidates, matchScale });

  const received = submissions.map(() => 0);
  const assignments = pairs.map(([s, r]) => {
    received[s]!++;
    load[r]!++;
    const submission = submissions[s]!;
    return { userId: reviewers[r]!.userId, submissionId: submission.id, themeMatch: themeMatch(readerThemes[r]!, submission.themes) };
  });
  const shortfalls = submissions.flatMap((submission, s) => {
    const missing = need[s]! - received[s]!;
    if (missing <= 0) return [];
    const reason = explainShortfall({ readers: readers[s]!, conflictedReaders: conflictedReaders[s]!, received: received[s]! });
    return [{ submissionId: submission.id, missing, reason }];
  });
  return { assignments, loads: Object.fromEntries(reviewers.map((reviewer, r) => [reviewer.userId, load[r]!])), shortfalls };
}
