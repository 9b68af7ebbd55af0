import { organisationBlockingKeys, personBlockingKeys } from './blocking-keys.js';
import type { ReviewerFacts, SubmissionFacts } from './conflict-facts.js';
import { cityKey, countryKeyOf } from './place-keys.js';

export interface PreparedReviewer {
  facts: ReviewerFacts;
  email: string | null;
  organisationIds: Set<string>;
  organisationNames: string[];
  /** Blocking keys of the name and of each organisation name (same order as organisationNames). */
  nameKeys: Set<string>;
  organisationKeys: Set<string>[];
  networkIds: Set<string>;
  city: string | null;
  country: string | null;
}

export interface PreparedSubmission {
  facts: SubmissionFacts;
  /** Index of the presenter who submitted it, or -1. */
  submitterIndex: number;
  presenterEmails: (string | null)[];
  presenterNameKeys: string[][];
  organisationName: string | null;
  organisationKeys: string[];
  city: string | null;
  country: string | null;
}

export function normaliseEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed && trimmed.includes('@') ? trimmed : null;
}

export function prepareReviewer(facts: ReviewerFacts): PreparedReviewer {
  const organisationNames = [...new Set(facts.organisationNames.map((name) => name.trim()).filter(Boolean))];
  return {
    facts,
    email: normaliseEmail(facts.email),
    organisationIds: new Set(facts.organisationIds),
    organisationNames,
    nameKeys: new Set(personBlockingKeys(facts.name)),
    organisationKeys: organisationNames.map((name) => new Set(organisationBlockingKeys(name))),
    networkIds: new Set(facts.networkIds),
    city: cityKey(facts.city),
    country: countryKeyOf(facts.country),
  };
}

export function prepareSubmission(facts: SubmissionFacts, organisationKeys = organisationBlockingKeys): PreparedSubmission {
  const organisationName = facts.organisationName?.trim() || null;
  const anyRole = facts.presenters.some((presenter) => presenter.role !== undefined);
  return {
    facts,
    submitterIndex: anyRole ? facts.presenters.findIndex((presenter) => presenter.role === 'submitter') : facts.presenters.length > 0 ? 0 : -1,
    presenterEmails: facts.presenters.map((presenter) => normaliseEmail(presenter.email)),
    presenterNameKeys: facts.presenters.map((presenter) => personBlockingKeys(presenter.name)),
    organisationName,
    organisationKeys: organisationName ? organisationKeys(organisationName) : [],
    city: cityKey(facts.city),
    country: countryKeyOf(facts.country),
  };
}
