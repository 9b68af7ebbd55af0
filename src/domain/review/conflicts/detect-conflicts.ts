import type { ConflictReason, ConflictRules, ReviewerFacts, SubmissionFacts } from './conflict-facts.js';
import { OrganisationMatcher } from './organisation-matcher.js';
import { pairReasons } from './pair-reasons.js';
import { prepareReviewer, prepareSubmission } from './prepared-facts.js';
import { assertValidFacts } from './validate-facts.js';

/**
 * Why this reviewer must not see this submission; an empty list means they may review it.
 *
 * @example
 * detectConflicts(
 *   { userId: 'u1', personId: null, name: 'Johanne Lavoie', email: 'jl@tiess.ca', organisationIds: [],
 *     organisationNames: ['Ville de Montréal'], networkIds: [], city: 'Montréal', country: 'Canada' },
 *   { id: 's1', organisationId: null, organisationName: 'City of Montreal', networkIds: [], city: 'montreal',
 *     country: 'CA', presenters: [] },
 *   { sameCity: true, sameCountry: false },
 * );
 * // → [{ code: 'same_organisation', … }, { code: 'same_city', detail: 'both in montreal' }]
 */
export function detectConflicts(reviewer: ReviewerFacts, submission: SubmissionFacts, rules: ConflictRules): ConflictReason[] {
  assertValidFacts([reviewer], [submission], true);
  return pairReasons(prepareReviewer(reviewer), prepareSubmission(submission), rules, new OrganisationMatcher());
}
