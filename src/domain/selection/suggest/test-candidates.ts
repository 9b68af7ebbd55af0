import type { SelectionCandidate } from '../balance/index.js';
import type { SelectionTarget } from './selection-target.js';

/** A hand-made candidate for tests: Spanish, reviewed 3, one woman presenting, unless told otherwise. */
export const candidate = (id: string, overrides: Partial<SelectionCandidate> = {}): SelectionCandidate => ({
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

/** The five regional targets and the per-country cap of a Bilbao-like call. */
export const bilbaoTargets: SelectionTarget[] = [
  { id: 'africa', dimension: 'region', value: 'africa', min: 25, unit: 'share' },
  { id: 'asia', dimension: 'region', value: 'asia', min: 15, unit: 'share' },
  { id: 'latin-america', dimension: 'region', value: 'latin_america_caribbean', min: 10, unit: 'share' },
  { id: 'europe', dimension: 'region', value: 'europe', max: 40, unit: 'share' },
  { id: 'oceania', dimension: 'region', value: 'oceania', min: 2, unit: 'count' },
  { id: 'per-country', dimension: 'country', value: '*', max: 5, unit: 'count' },
];
