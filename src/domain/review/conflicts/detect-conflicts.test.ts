import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { ReviewerFacts, SubmissionFacts } from './conflict-facts.js';
import { detectConflicts } from './detect-conflicts.js';

const noPlaceRules = { sameCity: false, sameCountry: false };

function reviewer(facts: Partial<ReviewerFacts> = {}): ReviewerFacts {
  return {
    userId: 'u-johanne',
    personId: 'p-johanne',
    name: 'Johanne Lavoie',
    email: 'johanne.lavoie@tiess.ca',
    organisationIds: ['org-tiess'],
    organisationNames: ['Territoires innovants en économie sociale et solidaire (TIESS)'],
    networkIds: [],
    city: 'Montréal',
    country: 'Canada',
    ...facts,
  };
}

function submission(facts: Partial<SubmissionFacts> = {}): SubmissionFacts {
  return {
    id: 's-1',
    organisationId: 'org-coop-kaolack',
    organisationName: 'Coopérative des femmes transformatrices de Kaolack',
    networkIds: [],
    city: 'Kaolack',
    country: 'Sénégal',
    presenters: [{ personId: null, userId: 'u-aminata', name: 'Aminata Traoré', email: 'aminata@coop-kaolack.sn' }],
    ...facts,
  };
}

const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

describe('detectConflicts', () => {
  it('finds no conflict between a reviewer and an unrelated initiative', () => {
    expect(detectConflicts(reviewer(), submission(), { sameCity: true, sameCountry: true })).toEqual([]);
  });

  it('calls the submission their own when the reviewer owns it or is its submitter', () => {
    expect(codes(detectConflicts(reviewer(), submission({ ownerUserId: 'u-johanne' }), noPlaceRules))).toEqual(['own_submission']);
    const submitted = submission({ presenters: [{ personId: null, userId: null, name: 'Johanne Lavoie', email: 'JOHANNE.LAVOIE@tiess.ca', role: 'submitter' }] });
    expect(detectConflicts(reviewer(), submitted, noPlaceRules)).toEqual([
      { code: 'own_submission', detail: 'the reviewer is the submitter "Johanne Lavoie" (same e-mail)' },
    ]);
  });

  it('takes the first presenter as the submitter when no presenter has a role', () => {
    const listed = submission({
      presenters: [
        { personId: null, userId: 'u-aminata', name: 'Aminata Traoré', email: null },
        { personId: 'p-johanne', userId: null, name: 'J. Lavoie', email: null },
      ],
    });
    expect(detectConflicts(reviewer(), listed, noPlaceRules)).toEqual([
      { code: 'co_presenter', detail: 'the reviewer is the presenter "J. Lavoie" (same person)' },
    ]);
  });

  it('recognises the reviewer among the presenters by account, e-mail in any case, or the same name', () => {
    const byAccount = submission({ presenters: [{ personId: null, userId: 'u-johanne', name: 'Someone Else', email: null, role: 'speaker' }] });
    const byEmail = submission({ presenters: [{ personId: null, userId: null, name: 'JL', email: ' Johanne.Lavoie@TIESS.ca ', role: 'co_presenter' }] });
    const byName = submission({ presenters: [{ personId: null, userId: null, name: 'Mme Johanne LAVOIE', email: 'autre@example.org', role: 'speaker' }] });
    const byReversedName = submission({ presenters: [{ personId: null, userId: null, name: 'LAVOIE, Johanne', email: null, role: 'speaker' }] });
    for (const shared of [byAccount, byEmail, byName, byReversedName]) expect(codes(detectConflicts(reviewer(), shared, noPlaceRules))).toEqual(['co_presenter']);
  });

  it('does not take a namesake with another given name for the reviewer', () => {
    const namesake = submission({ presenters: [{ personId: null, userId: null, name: 'Jacques Lavoie', email: null, role: 'speaker' }] });
    expect(detectConflicts(reviewer(), namesake, noPlaceRules)).toEqual([]);
  });

  it('accepts a one-letter slip in a presenter name when the organisation corroborates it', () => {
    const slip = submission({
      organisationId: null,
      organisationName: 'TIESS',
      presenters: [{ personId: null, userId: null, name: 'Johane Lavoie', email: null, role: 'speaker' }],
    });
    expect(codes(detectConflicts(reviewer(), slip, noPlaceRules))).toEqual(['co_presenter', 'same_organisation']);
  });

  it('a reviewer never gets a submission from their own organisation, by id or by a name in another language', () => {
    expect(codes(detectConflicts(reviewer(), submission({ organisationId: 'org-tiess' }), noPlaceRules))).toEqual(['same_organisation']);
    const city = reviewer({ organisationIds: [], organisationNames: ['Ville de Montréal'] });
    const [reason] = detectConflicts(city, submission({ organisationId: null, organisationName: 'City of Montreal' }), noPlaceRules);
    expect(reason).toEqual({ code: 'same_organisation', detail: 'the reviewer belongs to "Ville de Montréal", the same organisation as "City of Montreal"' });
    const ilo = reviewer({ organisationIds: [], organisationNames: ['OIT'] });
    expect(codes(detectConflicts(ilo, submission({ organisationId: null, organisationName: 'ILO' }), noPlaceRules))).toEqual(['same_organisation']);
    expect(codes(detectConflicts(ilo, submission({ organisationId: null, organisationName: 'International Labour Organization' }), noPlaceRules))).toEqual(['same_organisation']);
  });

  it('keeps apart organisations that only share words', () => {
    const chantier = reviewer({ organisationIds: [], organisationNames: ['Chantier de l’économie sociale'] });
    expect(detectConflicts(chantier, submission({ organisationId: null, organisationName: 'Fiducie du Chantier de l’économie sociale' }), noPlaceRules)).toEqual([]);
  });

  it('names every shared network', () => {
    const member = reviewer({ networkIds: ['ripess', 'gsef'] });
    expect(detectConflicts(member, submission({ networkIds: ['gsef', 'reas', 'ripess'] }), noPlaceRules)).toEqual([
      { code: 'same_network', detail: 'both belong to gsef, ripess' },
    ]);
  });

  it('compares cities without accents or case, and only when the edition asks', () => {
    const local = submission({ city: 'montreal', country: 'CA' });
    expect(codes(detectConflicts(reviewer(), local, { sameCity: true, sameCountry: false }))).toEqual(['same_city']);
    expect(detectConflicts(reviewer(), local, noPlaceRules)).toEqual([]);
    expect(codes(detectConflicts(reviewer({ city: 'Barcelone', country: null }), submission({ city: 'Barcelona' }), { sameCity: true, sameCountry: false }))).toEqual(['same_city']);
  });

  it('does not confuse same-named cities of different countries', () => {
    const spain = reviewer({ city: 'Córdoba', country: 'España' });
    expect(detectConflicts(spain, submission({ city: 'Cordoba', country: 'Argentina' }), { sameCity: true, sameCountry: false })).toEqual([]);
  });

  it('recognises a country written in another language or as a code', () => {
    const rules = { sameCity: false, sameCountry: true };
    expect(detectConflicts(reviewer({ country: 'Spain' }), submission({ country: 'España' }), rules)).toEqual([{ code: 'same_country', detail: 'both in España' }]);
    expect(codes(detectConflicts(reviewer({ country: 'SN' }), submission({ country: 'Sénégal' }), rules))).toEqual(['same_country']);
  });

  it('lists each kind of reason once, in a fixed order', () => {
    const everything = submission({
      ownerUserId: 'u-johanne',
      organisationId: 'org-tiess',
      networkIds: ['ripess'],
      city: 'MONTRÉAL',
      country: 'Canada',
      presenters: [
        { personId: null, userId: 'u-johanne', name: 'Johanne Lavoie', email: null, role: 'submitter' },
        { personId: 'p-johanne', userId: null, name: 'Johanne Lavoie', email: null, role: 'speaker' },
      ],
    });
    expect(codes(detectConflicts(reviewer({ networkIds: ['ripess'] }), everything, { sameCity: true, sameCountry: true }))).toEqual([
      'own_submission', 'co_presenter', 'same_organisation', 'same_network', 'same_city', 'same_country',
    ]);
  });

  it('refuses a reviewer without an account id, naming the field', () => {
    expect(() => detectConflicts(reviewer({ userId: '' }), submission(), noPlaceRules)).toThrow(DomainError);
    expect(() => detectConflicts(reviewer({ userId: ' ' }), submission(), noPlaceRules)).toThrow('reviewer.userId: must be a non-empty string');
  });
});
