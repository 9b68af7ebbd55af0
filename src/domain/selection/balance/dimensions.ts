import { regionOf, subregionOf } from '../regions/index.js';
import type { SelectionCandidate } from './candidate.js';

export const selectionDimensions = ['region', 'country', 'language', 'organisation_kind', 'gender', 'theme', 'sdg', 'returning'] as const;
/** What a target or the balance counts by. */
export type SelectionDimension = (typeof selectionDimensions)[number];
/** The balance also shows UN M49 sub-regions, which region targets may name too. */
export type BalanceDimension = SelectionDimension | 'subregion';
export const balanceDimensions: readonly BalanceDimension[] = [...selectionDimensions, 'subregion'];

export const isSelectionDimension = (value: string): value is SelectionDimension => (selectionDimensions as readonly string[]).includes(value);

/** The value of a missing country, region or organisation kind. */
export const unknownValue = 'unknown';
/** A presenter who declared no gender. */
export const undeclaredGender = 'undeclared';

const normalised = (text: string | null): string | null => {
  const trimmed = text?.trim().toLowerCase();
  return trimmed ? trimmed : null;
};

const distinct = (values: string[]): string[] => [...new Set(values)];

/**
 * The values a candidate counts for in one dimension: one for single-valued dimensions, one per
 * distinct presenter gender, theme or SDG (so none for a candidate without themes).
 *
 * @example dimensionValues(candidate, 'region') // ['africa']
 */
export function dimensionValues(candidate: SelectionCandidate, dimension: BalanceDimension): string[] {
  const country = candidate.country?.trim().toUpperCase() || null;
  switch (dimension) {
    case 'region':
      return [(country && regionOf(country)) ?? unknownValue];
    case 'subregion':
      return [(country && subregionOf(country)) ?? unknownValue];
    case 'country':
      return [country ?? unknownValue];
    case 'language':
      return [normalised(candidate.language) ?? unknownValue];
    case 'organisation_kind':
      return [normalised(candidate.organisationKind) ?? unknownValue];
    case 'gender':
      return candidate.presenterGenders.length === 0
        ? [undeclaredGender]
        : distinct(candidate.presenterGenders.map((gender) => normalised(gender) ?? undeclaredGender));
    case 'theme':
      return distinct(candidate.themes.map(normalised).filter((theme): theme is string => theme !== null));
    case 'sdg':
      return distinct(candidate.sdgs.map(String));
    case 'returning':
      return [String(candidate.returning)];
  }
}
