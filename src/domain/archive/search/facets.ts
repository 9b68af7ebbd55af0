import type { FacetGroupRow, ResolvedFilters } from './search-engine.js';

export const facetNames = ['kind', 'edition', 'country', 'theme', 'organisationKind', 'format'] as const;
export type FacetName = (typeof facetNames)[number];
export type Facets = Record<FacetName, Record<string, number>>;

function add(counts: Record<string, number>, value: string | null | undefined, n: number): void {
  if (value) counts[value] = (counts[value] ?? 0) + n;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

interface FacetValues {
  kind: string;
  editions: string[];
  themes: string[];
  country: string;
  organisationKind: string;
  format: string;
}

/** The inverse of the stored `facet_key`: `kind|editions|themes|country|organisation kind|format`. */
function parseFacetKey(key: string): FacetValues {
  const [kind = '', editions = '', themes = '', country = '', organisationKind = '', format = ''] = key.split('|');
  return { kind, editions: editions.split(' ').filter(Boolean), themes: themes.split(' ').filter(Boolean), country, organisationKind, format };
}

function passes(group: FacetValues, filters: ResolvedFilters): boolean {
  return (!filters.kind || group.kind === filters.kind) && (!filters.editionId || group.editions.includes(filters.editionId))
    && (!filters.themeId || group.themes.includes(filters.themeId)) && (!filters.country || group.country === filters.country)
    && (!filters.organisationKind || group.organisationKind === filters.organisationKind) && (!filters.format || group.format === filters.format);
}

/**
 * Facet counts over every match, before the filters (as the engines grouped them), and the number
 * of matches the filters keep. Editions are named by slug; unknown ones (not public) are left out.
 */
export function countFacets(groups: FacetGroupRow[], filters: ResolvedFilters, editionSlugs: Map<string, string>): { facets: Facets; total: number } {
  const facets: Facets = { kind: {}, edition: {}, country: {}, theme: {}, organisationKind: {}, format: {} };
  let total = 0;
  for (const row of groups) {
    const n = Number(row.n);
    const group = parseFacetKey(row.facet_key);
    add(facets.kind, group.kind, n);
    for (const edition of group.editions) add(facets.edition, editionSlugs.get(edition), n);
    for (const theme of group.themes) add(facets.theme, theme, n);
    add(facets.country, group.country, n);
    add(facets.organisationKind, group.organisationKind, n);
    add(facets.format, group.format, n);
    if (passes(group, filters)) total += n;
  }
  return {
    facets: Object.fromEntries(facetNames.map((name) => [name, sorted(facets[name])])) as Facets,
    total,
  };
}
