import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { AssignmentInput, AssignmentSuggestion, ReviewerCapacity } from './assignment-types.js';
import { generateCall } from './generated-call.js';
import { suggestAssignments } from './suggest-assignments.js';

function spread(loads: Record<string, number>): number {
  const values = Object.values(loads);
  return Math.max(...values) - Math.min(...values);
}

function expectHardRulesKept(input: AssignmentInput, suggestion: AssignmentSuggestion): void {
  const reviewers = new Map(input.reviewers.map((reviewer) => [reviewer.userId, reviewer]));
  const submissions = new Map(input.submissions.map((submission) => [submission.id, submission]));
  const pairs = new Set(input.existing.map((pair) => `${pair.userId}:${pair.submissionId}`));
  for (const { userId, submissionId } of suggestion.assignments) {
    const key = `${userId}:${submissionId}`;
    expect(input.conflicts.has(key), key).toBe(false);
    expect(pairs.has(key), `${key} twice`).toBe(false);
    pairs.add(key);
    const language = submissions.get(submissionId)!.language;
    expect(reviewers.get(userId)!.languages, key).toContain(language);
  }
  for (const reviewer of input.reviewers) expect(suggestion.loads[reviewer.userId]).toBeLessThanOrEqual(Math.max(reviewer.maxLoad, input.existing.filter((pair) => pair.userId === reviewer.userId).length));
}

const reviewer = (userId: string, languages: string[], maxLoad = 10, themes: string[] = []): ReviewerCapacity => ({ userId, languages, themes, maxLoad });

describe('suggestAssignments', () => {
  it('covers 600 submissions three times with 40 reviewers, loads within one of each other, no conflicted pair', () => {
    const input = generateCall({ seed: 2018, reviewers: 40, submissions: 600, reviewsPerSubmission: 3, conflictShare: 0.03, maxLoad: 60 });
    const suggestion = suggestAssignments(input);
    expect(suggestion.assignments).toHaveLength(1800);
    expect(suggestion.shortfalls).toEqual([]);
    expect(spread(suggestion.loads)).toBeLessThanOrEqual(1);
    expectHardRulesKept(input, suggestion);
  });

  it('prefers reviewers who know the themes when balance is not at stake', () => {
    const input = generateCall({ seed: 7, reviewers: 40, submissions: 600, reviewsPerSubmission: 3, conflictShare: 0.03, maxLoad: 60 });
    const suggestion = suggestAssignments(input);
    const matched = suggestion.assignments.reduce((sum, a) => sum + a.themeMatch, 0) / suggestion.assignments.length;
    // Drawn at random, a reviewer knows about a quarter of a submission's themes.
    expect(matched).toBeGreaterThan(0.6);
  });

  it('gives a Spanish submission only to Spanish readers, and loads the few of them the most', () => {
    const input: AssignmentInput = {
      reviewers: [reviewer('ana', ['es', 'en']), reviewer('ben', ['en']), reviewer('chloé', ['fr', 'en']), reviewer('diego', ['ES-ar'])],
      submissions: [
        { id: 'es-1', language: 'es', themes: [] },
        { id: 'es-2', language: 'es', themes: [] },
        { id: 'en-1', language: 'en', themes: [] },
        { id: 'en-2', language: 'en', themes: [] },
      ],
      reviewsPerSubmission: 2,
      conflicts: new Set(),
      existing: [],
    };
    const suggestion = suggestAssignments(input);
    const readersOf = (id: string) => suggestion.assignments.filter((a) => a.submissionId === id).map((a) => a.userId);
    expect(readersOf('es-1')).toEqual(['ana', 'diego']);
    expect(readersOf('es-2')).toEqual(['ana', 'diego']);
    expect(readersOf('en-1')).toEqual(['ben', 'chloé']);
    expect(suggestion.loads).toEqual({ ana: 2, ben: 2, chloé: 2, diego: 2 });
  });

  it('names each shortfall with its reason', () => {
    const input: AssignmentInput = {
      reviewers: [reviewer('ana', ['es']), reviewer('ben', ['en'], 1), reviewer('carla', ['en'], 1), reviewer('dora', ['fr'])],
      submissions: [
        { id: 'pt-1', language: 'pt', themes: [] },
        { id: 'fr-1', language: 'fr', themes: [] },
        { id: 'en-1', language: 'en', themes: [] },
        { id: 'en-2', language: 'en', themes: [] },
        { id: 'es-1', language: 'es', themes: [] },
      ],
      reviewsPerSubmission: 1,
      conflicts: new Set(['dora:fr-1', 'ana:es-1']),
      existing: [],
    };
    const suggestion = suggestAssignments({ ...input, reviewers: [...input.reviewers, reviewer('eve', ['es'])] });
    expect(suggestion.shortfalls).toEqual([
      { submissionId: 'pt-1', missing: 1, reason: 'no_reader_of_language' },
      { submissionId: 'fr-1', missing: 1, reason: 'all_readers_conflicted' },
    ]);
    const full = suggestAssignments({ ...input, submissions: [...input.submissions, { id: 'en-3', language: 'en', themes: [] }] });
    expect(full.shortfalls).toContainEqual({ submissionId: 'en-3', missing: 1, reason: 'capacity_exhausted' });
    expect(full.shortfalls).toContainEqual({ submissionId: 'es-1', missing: 1, reason: 'all_readers_conflicted' });
  });

  it('gives every submission one review before any gets a second when readers are short', () => {
    const suggestion = suggestAssignments({
      reviewers: [reviewer('ben', ['en'], 1), reviewer('carla', ['en'], 1)],
      submissions: [{ id: 'en-1', language: 'en', themes: [] }, { id: 'en-2', language: 'en', themes: [] }],
      reviewsPerSubmission: 2,
      conflicts: new Set(),
      existing: [],
    });
    expect(suggestion.shortfalls).toEqual([
      { submissionId: 'en-1', missing: 1, reason: 'capacity_exhausted' },
      { submissionId: 'en-2', missing: 1, reason: 'capacity_exhausted' },
    ]);
  });

  it('says readers ran out when fewer people read the language than reviews are asked', () => {
    const suggestion = suggestAssignments({
      reviewers: [reviewer('ana', ['es']), reviewer('eve', ['es'])],
      submissions: [{ id: 'es-1', language: 'es', themes: [] }],
      reviewsPerSubmission: 3,
      conflicts: new Set(),
      existing: [],
    });
    expect(suggestion.shortfalls).toEqual([{ submissionId: 'es-1', missing: 1, reason: 'no_reader_of_language' }]);
  });

  it('keeps the organisers’ assignments, counts them, and never repeats their pairs', () => {
    const input: AssignmentInput = {
      reviewers: [reviewer('ana', ['en'], 3), reviewer('ben', ['en'], 3), reviewer('carla', ['en'], 3)],
      submissions: ['s1', 's2', 's3'].map((id) => ({ id, language: 'en', themes: [] })),
      reviewsPerSubmission: 2,
      conflicts: new Set(),
      existing: [
        { userId: 'ana', submissionId: 's1' },
        { userId: 'ana', submissionId: 's2' },
        { userId: 'ana', submissionId: 's2' },
      ],
    };
    const suggestion = suggestAssignments(input);
    expect(suggestion.assignments).toHaveLength(4);
    expect(suggestion.assignments.some((a) => a.userId === 'ana' && (a.submissionId === 's1' || a.submissionId === 's2'))).toBe(false);
    expect(suggestion.loads).toEqual({ ana: 2, ben: 2, carla: 2 });
    expectHardRulesKept(input, suggestion);
  });

  it('gives the same answer to the same call', () => {
    const input = generateCall({ seed: 99, reviewers: 12, submissions: 80, reviewsPerSubmission: 3, conflictShare: 0.1, maxLoad: 30 });
    expect(suggestAssignments(input)).toEqual(suggestAssignments(structuredClone(input)));
  });

  it('refuses bad input, naming the field and the problem', () => {
    const base: AssignmentInput = { reviewers: [reviewer('ana', ['en'])], submissions: [{ id: 's1', language: 'en', themes: [] }], reviewsPerSubmission: 2, conflicts: new Set(), existing: [] };
    expect(() => suggestAssignments({ ...base, reviewsPerSubmission: 0 })).toThrow(DomainError);
    expect(() => suggestAssignments({ ...base, reviewsPerSubmission: 1.5 })).toThrow('reviewsPerSubmission: must be a whole number of at least 1');
    expect(() => suggestAssignments({ ...base, reviewers: [reviewer('ana', ['en'], -1)] })).toThrow('reviewers[0].maxLoad: must be a whole number of 0 or more');
    expect(() => suggestAssignments({ ...base, reviewers: [reviewer('ana', ['en']), reviewer('ana', ['fr'])] })).toThrow('reviewers[1].userId: "ana" is listed twice');
    expect(() => suggestAssignments({ ...base, submissions: [{ id: 's1', language: '', themes: [] }] })).toThrow('submissions[0].language: must be a language code');
  });
});
