import { describe, expect, it } from 'vitest';
import { pairKey, type ConflictReason } from './conflict-facts.js';
import { detectAllConflicts } from './detect-all-conflicts.js';
import { detectConflicts } from './detect-conflicts.js';
import { generateFacts } from './generated-facts.js';

describe('detectAllConflicts', () => {
  it('finds exactly the pairs that checking every reviewer against every submission finds', () => {
    const rules = { sameCity: true, sameCountry: false };
    const { reviewers, submissions } = generateFacts(2018, 30, 150);
    const everyPair = new Map<string, ConflictReason[]>();
    for (const submission of submissions) {
      for (const reviewer of reviewers) {
        const reasons = detectConflicts(reviewer, submission, rules);
        if (reasons.length > 0) everyPair.set(pairKey(reviewer.userId, submission.id), reasons);
      }
    }
    const indexed = detectAllConflicts(reviewers, submissions, rules);
    expect([...indexed.entries()]).toEqual([...everyPair.entries()]);
    const found = new Set([...indexed.values()].flat().map((reason) => reason.code));
    expect([...found].sort()).toEqual(['co_presenter', 'own_submission', 'same_city', 'same_network', 'same_organisation']);
  });

  it('finds conflicts between 40 reviewers and 600 submissions of a generated call', () => {
    const { reviewers, submissions } = generateFacts(36, 40, 600, 0.8);
    expect(detectAllConflicts(reviewers, submissions, { sameCity: true, sameCountry: true }).size).toBeGreaterThan(0);
  });

  it('refuses a reviewer listed twice', () => {
    const { reviewers, submissions } = generateFacts(1, 2, 1);
    expect(() => detectAllConflicts([reviewers[0]!, reviewers[0]!], submissions, { sameCity: false, sameCountry: false })).toThrow(
      'reviewers[1].userId: "user-0" is listed twice',
    );
  });
});
