import { organisationBlockingKeys } from './blocking-keys.js';
import { CandidateIndex } from './candidate-index.js';
import { pairKey, type ConflictReason, type ConflictRules, type ReviewerFacts, type SubmissionFacts } from './conflict-facts.js';
import { OrganisationMatcher } from './organisation-matcher.js';
import { pairReasons } from './pair-reasons.js';
import { prepareReviewer, prepareSubmission, type PreparedReviewer, type PreparedSubmission } from './prepared-facts.js';
import { assertValidFacts } from './validate-facts.js';

interface ReviewerIndexes {
  accounts: CandidateIndex;
  people: CandidateIndex;
  emails: CandidateIndex;
  names: CandidateIndex;
  organisationIds: CandidateIndex;
  organisationNames: CandidateIndex;
  networks: CandidateIndex;
  cities: CandidateIndex;
  countries: CandidateIndex;
}

function indexReviewers(reviewers: readonly PreparedReviewer[]): ReviewerIndexes {
  const indexes: ReviewerIndexes = {
    accounts: new CandidateIndex(),
    people: new CandidateIndex(),
    emails: new CandidateIndex(),
    names: new CandidateIndex(),
    organisationIds: new CandidateIndex(),
    organisationNames: new CandidateIndex(),
    networks: new CandidateIndex(),
    cities: new CandidateIndex(),
    countries: new CandidateIndex(),
  };
  reviewers.forEach((reviewer, i) => {
    indexes.accounts.add(reviewer.facts.userId, i);
    indexes.people.add(reviewer.facts.personId, i);
    indexes.emails.add(reviewer.email, i);
    for (const key of reviewer.nameKeys) indexes.names.add(key, i);
    for (const id of reviewer.organisationIds) indexes.organisationIds.add(id, i);
    for (const keys of reviewer.organisationKeys) for (const key of keys) indexes.organisationNames.add(key, i);
    for (const id of reviewer.networkIds) indexes.networks.add(id, i);
    indexes.cities.add(reviewer.city, i);
    indexes.countries.add(reviewer.country, i);
  });
  return indexes;
}

/** Reviewers who share at least one key with the submission: a superset of its conflicted reviewers. */
function candidatesFor(submission: PreparedSubmission, indexes: ReviewerIndexes, rules: ConflictRules): number[] {
  const found = new Set<number>();
  const facts = submission.facts;
  indexes.accounts.collect(facts.ownerUserId, found);
  facts.presenters.forEach((presenter, i) => {
    indexes.accounts.collect(presenter.userId, found);
    indexes.people.collect(presenter.personId, found);
    indexes.emails.collect(submission.presenterEmails[i], found);
    for (const key of submission.presenterNameKeys[i]!) indexes.names.collect(key, found);
  });
  indexes.organisationIds.collect(facts.organisationId, found);
  for (const key of submission.organisationKeys) indexes.organisationNames.collect(key, found);
  for (const id of facts.networkIds) indexes.networks.collect(id, found);
  if (rules.sameCity) indexes.cities.collect(submission.city, found);
  if (rules.sameCountry) indexes.countries.collect(submission.country, found);
  return [...found].sort((a, b) => a - b);
}

/**
 * Every conflicted reviewer–submission pair, keyed `${userId}:${submissionId}`, in submission then
 * reviewer order. Reviewers are indexed by account, e-mail, name words, organisation, network and
 * place, so each submission is checked in full only against the reviewers it shares something with.
 *
 * @example
 * const conflicts = detectAllConflicts(reviewers, submissions, { sameCity: false, sameCountry: true });
 * conflicts.get('user-7:sub-42'); // → [{ code: 'same_country', detail: 'both in Sénégal' }] or undefined
 */
export function detectAllConflicts(
  reviewers: readonly ReviewerFacts[],
  submissions: readonly SubmissionFacts[],
  rules: ConflictRules,
): Map<string, ConflictReason[]> {
  assertValidFacts(reviewers, submissions);
  const prepared = reviewers.map(prepareReviewer);
  const indexes = indexReviewers(prepared);
  const organisations = new OrganisationMatcher();
  const organisationKeys = new Map<string, string[]>();
  const keysOf = (name: string) => {
    let keys = organisationKeys.get(name);
    if (!keys) organisationKeys.set(name, (keys = organisationBlockingKeys(name)));
    return keys;
  };
  const conflicts = new Map<string, ConflictReason[]>();
  for (const facts of submissions) {
    const submission = prepareSubmission(facts, keysOf);
    for (const i of candidatesFor(submission, indexes, rules)) {
      const reviewer = prepared[i]!;
      const reasons = pairReasons(reviewer, submission, rules, organisations);
      if (reasons.length > 0) conflicts.set(pairKey(reviewer.facts.userId, facts.id), reasons);
    }
  }
  return conflicts;
}
