import type { FacetGroupRow, ResolvedFilters } from './search-engine.js';

export const facetNames = ['kind', 'edition', 'country', 'theme', 'organisationKind', 'format'] as const;
export type FacetName = (typeof facetNames)[number];
export type Facets = Record<FacetName, Record<string, number>>;

/**
 * Every facet value met so far, numbered: a common word's matches span thousands of facet
 * groups, so groups are counted as small arrays of these numbers rather than as text.
 */
const valueNumbers = Object.fromEntries(facetNames.map((name) => [name, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
const valueNames: { facet: FacetName; value: string }[] = [];

function valueNumber(facet: FacetName, value: string): number {
  let number = valueNumbers[facet].get(value);
  if (number === undefined) {
    valueNumbers[facet].set(value, (number = valueNames.length));
    valueNames.push({ facet, value });
  }
  return number;
}

/** Encoded keys, kept: the same groups come back query after query. */
const encodedKeys = new Map<string, Int32Array>();
const maxEncodedKeys = 200_000;

/**
 * The facet values of a stored `facet_key` (`kind|editions|themes|country|organisation kind|format`)
 * as value numbers, each value once.
 *
 * @example
 *   encodeFacetKey('initiative|ed1|th1 th2|ES|cooperative|') // five numbers
 */
export function encodeFacetKey(key: string): Int32Array {
  const known = encodedKeys.get(key);
  if (known) return known;
  const [kind = '', editions = '', themes = '', country = '', organisationKind = '', format = ''] = key.split('|');
  const numbers: number[] = [];
  const addValue = (facet: FacetName, value: string) => {
    if (!value) return;
    const number = valueNumber(facet, value);
    if (!numbers.includes(number)) numbers.push(number);
  };
  addValue('kind', kind);
  for (const edition of editions.split(' ')) addValue('edition', edition);
  for (const theme of themes.split(' ')) addValue('theme', theme);
  addValue('country', country);
  addValue('organisationKind', organisationKind);
  addValue('format', format);
  const encoded = Int32Array.from(numbers);
  if (encodedKeys.size >= maxEncodedKeys) encodedKeys.clear();
  encodedKeys.set(key, encoded);
  return encoded;
}

/** The value numbers a group must all carry to pass the filters; null when a filter names a value no group has. */
export function requiredValues(filters: ResolvedFilters): number[] | null {
  const wanted: [FacetName, string | undefined][] = [
    ['kind', filters.kind], ['edition', filters.editionId], ['theme', filters.themeId], ['country', filters.country],
    ['organisationKind', filters.organisationKind], ['format', filters.format],
  ];
  const required: number[] = [];
  for (const [facet, value] of wanted) {
    if (!value) continue;
    const number = valueNumbers[facet].get(value);
    if (number === undefined) return null;
    required.push(number);
  }
  return required;
}

/** Whether a group (see `encodeFacetKey`) passes the filters (see `requiredValues`). */
export function passesRequired(encoded: Int32Array, required: number[] | null): boolean {
  if (required === null) return false;
  for (const number of required) if (!encoded.includes(number)) return false;
  return true;
}

function sorted(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/**
 * Facet counts over every match, before the filters (as the engines grouped them), and the number
 * of matches the filters keep. Editions are named by slug; unknown ones (not public) are left out.
 */
export function countFacets(groups: FacetGroupRow[], filters: ResolvedFilters, editionSlugs: Map<string, string>): { facets: Facets; total: number } {
  const encoded = groups.map((row) => row.encoded ?? encodeFacetKey(row.facet_key));
  const required = requiredValues(filters);
  const counts = new Float64Array(valueNames.length);
  let total = 0;
  groups.forEach((row, index) => {
    const n = Number(row.n);
    const values = encoded[index]!;
    for (let value = 0; value < values.length; value++) counts[values[value]!]! += n;
    if (passesRequired(values, required)) total += n;
  });
  const facets = Object.fromEntries(facetNames.map((name) => [name, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  counts.forEach((n, number) => {
    if (n === 0) return;
    const { facet, value } = valueNames[number]!;
    const label = facet === 'edition' ? editionSlugs.get(value) : value;
    if (label !== undefined) facets[facet].set(label, (facets[facet].get(label) ?? 0) + n);
  });
  return {
    facets: Object.fromEntries(facetNames.map((name) => [name, sorted(facets[name])])) as Facets,
    total,
  };
}
