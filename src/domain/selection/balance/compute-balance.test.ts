import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { computeBalance, dimensionValues, type SelectionCandidate } from './index.js';

const candidate = (id: string, overrides: Partial<SelectionCandidate> = {}): SelectionCandidate => ({
  id,
  score: 3,
  country: 'ES',
  language: 'es',
  organisationKind: 'cooperative',
  presenterGenders: ['woman'],
  themes: [],
  sdgs: [],
  returning: false,
  ...overrides,
});

const entry = (balance: ReturnType<typeof computeBalance>, dimension: keyof ReturnType<typeof computeBalance>['dimensions'], value: string) =>
  balance.dimensions[dimension].find((each) => each.value === value);

describe('computeBalance', () => {
  const candidates = [
    candidate('a', { country: 'MA', language: 'fr' }),
    candidate('b', { country: 'SN', language: 'fr', presenterGenders: ['woman', 'man', null] }),
    candidate('c', { country: 'ES', presenterGenders: [], themes: ['finance', 'food'], sdgs: [5, 8] }),
    candidate('d', { country: 'MX', themes: ['finance'], returning: true }),
    candidate('e', { country: null, organisationKind: null }),
  ];

  it('counts a region among the selected and among all candidates, with shares in percent', () => {
    const balance = computeBalance(candidates, ['a', 'c', 'd']);
    expect(balance.selectedCount).toBe(3);
    expect(entry(balance, 'region', 'africa')).toEqual({ value: 'africa', selected: 1, selectedShare: 100 / 3, submitted: 2, submittedShare: 40 });
    expect(entry(balance, 'subregion', 'latin_america_caribbean')).toMatchObject({ selected: 1, submitted: 1 });
  });

  it('counts a candidate once for each distinct declared gender, and undeclared presenters as undeclared', () => {
    const balance = computeBalance(candidates, ['b', 'c']);
    expect(entry(balance, 'gender', 'woman')).toMatchObject({ selected: 1, submitted: 4 });
    expect(entry(balance, 'gender', 'man')).toMatchObject({ selected: 1, submitted: 1 });
    expect(entry(balance, 'gender', 'undeclared')).toMatchObject({ selected: 2, submitted: 2 });
  });

  it('counts a candidate for each of its themes and SDGs', () => {
    const balance = computeBalance(candidates, ['c', 'd']);
    expect(entry(balance, 'theme', 'finance')).toMatchObject({ selected: 2, selectedShare: 100, submitted: 2 });
    expect(entry(balance, 'theme', 'food')).toMatchObject({ selected: 1, submitted: 1 });
    expect(entry(balance, 'sdg', '8')).toMatchObject({ selected: 1, submitted: 1 });
  });

  it('groups candidates without a country or organisation kind as unknown', () => {
    const balance = computeBalance(candidates, ['e']);
    expect(entry(balance, 'country', 'unknown')).toMatchObject({ selected: 1, submitted: 1 });
    expect(entry(balance, 'region', 'unknown')).toMatchObject({ selected: 1, submitted: 1 });
    expect(entry(balance, 'organisation_kind', 'unknown')).toMatchObject({ selected: 1, submitted: 1 });
  });

  it('lists the most submitted values first and keeps values nobody selected', () => {
    const balance = computeBalance(candidates, []);
    expect(balance.dimensions.language.map((each) => each.value)).toEqual(['es', 'fr']);
    expect(balance.dimensions.returning).toEqual([
      { value: 'false', selected: 0, selectedShare: 0, submitted: 4, submittedShare: 80 },
      { value: 'true', selected: 0, selectedShare: 0, submitted: 1, submittedShare: 20 },
    ]);
  });

  it('refuses a selected id that is not a candidate', () => {
    expect(() => computeBalance(candidates, ['a', 'zz'])).toThrow(DomainError);
    expect(() => computeBalance(candidates, ['zz'])).toThrow('selectedIds: not among the candidates: zz');
  });
});

describe('dimensionValues', () => {
  it('reads country codes in any case and languages and kinds without case or spaces', () => {
    const values = candidate('x', { country: ' ma ', language: 'FR ', organisationKind: ' Cooperative' });
    expect(dimensionValues(values, 'country')).toEqual(['MA']);
    expect(dimensionValues(values, 'region')).toEqual(['africa']);
    expect(dimensionValues(values, 'language')).toEqual(['fr']);
    expect(dimensionValues(values, 'organisation_kind')).toEqual(['cooperative']);
  });
});
