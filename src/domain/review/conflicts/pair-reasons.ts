import type { ConflictReason, ConflictRules } from './conflict-facts.js';
import type { OrganisationMatcher } from './organisation-matcher.js';
import type { PreparedReviewer, PreparedSubmission } from './prepared-facts.js';
import { howReviewerIsPresenter } from './same-person.js';

/** Every reason this reviewer must not review this submission, at most one per code, in a fixed order. */
export function pairReasons(
  reviewer: PreparedReviewer,
  submission: PreparedSubmission,
  rules: ConflictRules,
  organisations: OrganisationMatcher,
): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  const facts = submission.facts;
  let own: ConflictReason | null =
    facts.ownerUserId && facts.ownerUserId === reviewer.facts.userId ? { code: 'own_submission', detail: 'the reviewer submitted it' } : null;
  let coPresenter: ConflictReason | null = null;
  facts.presenters.forEach((presenter, index) => {
    const how = howReviewerIsPresenter(reviewer, submission, index);
    if (!how) return;
    if (index === submission.submitterIndex) own ??= { code: 'own_submission', detail: `the reviewer is the submitter "${presenter.name}" (${how})` };
    else coPresenter ??= { code: 'co_presenter', detail: `the reviewer is the presenter "${presenter.name}" (${how})` };
  });
  if (own) reasons.push(own);
  if (coPresenter) reasons.push(coPresenter);

  const organisation = sameOrganisation(reviewer, submission, organisations);
  if (organisation) reasons.push({ code: 'same_organisation', detail: organisation });

  const networks = facts.networkIds.filter((id) => reviewer.networkIds.has(id));
  if (networks.length > 0) reasons.push({ code: 'same_network', detail: `both belong to ${[...new Set(networks)].join(', ')}` });

  if (rules.sameCity && submission.city && submission.city === reviewer.city && !(submission.country && reviewer.country && submission.country !== reviewer.country)) {
    reasons.push({ code: 'same_city', detail: `both in ${facts.city!.trim()}` });
  }
  if (rules.sameCountry && submission.country && submission.country === reviewer.country) {
    reasons.push({ code: 'same_country', detail: `both in ${facts.country!.trim()}` });
  }
  return reasons;
}

function sameOrganisation(reviewer: PreparedReviewer, submission: PreparedSubmission, organisations: OrganisationMatcher): string | null {
  const { organisationId } = submission.facts;
  const shown = submission.organisationName ?? organisationId;
  if (organisationId && reviewer.organisationIds.has(organisationId)) return `the reviewer belongs to "${shown}"`;
  if (!submission.organisationName) return null;
  for (const [i, name] of reviewer.organisationNames.entries()) {
    const keys = reviewer.organisationKeys[i]!;
    if (submission.organisationKeys.some((key) => keys.has(key)) && organisations.same(name, submission.organisationName)) {
      return name === submission.organisationName
        ? `the reviewer belongs to "${name}"`
        : `the reviewer belongs to "${name}", the same organisation as "${submission.organisationName}"`;
    }
  }
  return null;
}
