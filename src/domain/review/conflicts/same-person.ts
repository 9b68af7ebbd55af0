import { comparePeople, type PersonEvidence } from '../../people/identity/index.js';
import type { PresenterFacts } from './conflict-facts.js';
import type { PreparedReviewer, PreparedSubmission } from './prepared-facts.js';

/**
 * How we know the reviewer is this presenter ("same account", "same e-mail"…), or null.
 * A name counts when the person matcher says 'same' on the names alone or with the
 * organisation or country corroborating; context can confirm a match, never cancel one.
 */
export function howReviewerIsPresenter(
  reviewer: PreparedReviewer,
  submission: PreparedSubmission,
  presenterIndex: number,
): string | null {
  const presenter: PresenterFacts = submission.facts.presenters[presenterIndex]!;
  if (presenter.userId && presenter.userId === reviewer.facts.userId) return 'same account';
  if (presenter.personId && presenter.personId === reviewer.facts.personId) return 'same person';
  const email = submission.presenterEmails[presenterIndex];
  if (email && email === reviewer.email) return 'same e-mail';
  const mayMatch = submission.presenterNameKeys[presenterIndex]!.some((key) => reviewer.nameKeys.has(key));
  return mayMatch && namesSamePerson(reviewer, submission, presenter.name) ? 'same name' : null;
}

function namesSamePerson(reviewer: PreparedReviewer, submission: PreparedSubmission, presenterName: string): boolean {
  if (!presenterName.trim() || !reviewer.facts.name.trim()) return false;
  const variants: [PersonEvidence, PersonEvidence][] = [[{ name: reviewer.facts.name }, { name: presenterName }]];
  if (reviewer.facts.country && submission.facts.country) {
    variants.push([{ name: reviewer.facts.name, country: reviewer.facts.country }, { name: presenterName, country: submission.facts.country }]);
  }
  if (submission.organisationName) {
    for (const organisation of reviewer.organisationNames) {
      variants.push([{ name: reviewer.facts.name, organisation }, { name: presenterName, organisation: submission.organisationName }]);
    }
  }
  return variants.some(([a, b]) => comparePeople(a, b).verdict === 'same');
}
