import { SeededRandom } from '../../demo/prng.js';
import type { AssignmentInput, ReviewerCapacity, SubmissionToReview } from './assignment-types.js';

function seeded(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

const themes = ['finance', 'housing', 'care', 'food', 'energy', 'culture', 'public-policy', 'work', 'digital', 'territories'];

export interface CallShape {
  seed: number;
  reviewers: number;
  submissions: number;
  reviewsPerSubmission: number;
  /** Share of reviewer–submission pairs in conflict. */
  conflictShare: number;
  maxLoad: number;
}

/**
 * A call shaped like GSEF 2018's: submissions 45 % English, 30 % French, 25 % Spanish; every
 * reviewer reads English, two in five French, three in ten Spanish; each knows two or three themes.
 */
export function generateCall(shape: CallShape): AssignmentInput {
  const random = seeded(shape.seed);
  const pickThemes = (count: number) => [...themes].sort(() => random() - 0.5).slice(0, count);
  const reviewers: ReviewerCapacity[] = Array.from({ length: shape.reviewers }, (_, i) => ({
    userId: `reviewer-${String(i).padStart(2, '0')}`,
    languages: ['en', ...(i % 5 < 2 ? ['fr'] : []), ...(i % 10 >= 7 ? ['es'] : [])],
    themes: pickThemes(2 + Math.floor(random() * 2)),
    maxLoad: shape.maxLoad,
  }));
  const submissions: SubmissionToReview[] = Array.from({ length: shape.submissions }, (_, i) => {
    const roll = random();
    return { id: `submission-${String(i).padStart(3, '0')}`, language: roll < 0.45 ? 'en' : roll < 0.75 ? 'fr' : 'es', themes: pickThemes(1 + Math.floor(random() * 3)) };
  });
  const conflicts = new Set<string>();
  for (const submission of submissions) {
    for (const reviewer of reviewers) if (random() < shape.conflictShare) conflicts.add(`${reviewer.userId}:${submission.id}`);
  }
  return { reviewers, submissions, reviewsPerSubmission: shape.reviewsPerSubmission, conflicts, existing: [] };
}
