/** The five continental regions of the UN M49 standard (Antarctica belongs to none). */
export const regions = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof regions)[number];

/** The UN M49 sub-regions, each inside one region. */
export const subregions = [
  'northern_africa',
  'sub_saharan_africa',
  'northern_america',
  'latin_america_caribbean',
  'central_asia',
  'eastern_asia',
  'south_eastern_asia',
  'southern_asia',
  'western_asia',
  'eastern_europe',
  'northern_europe',
  'southern_europe',
  'western_europe',
  'australia_new_zealand',
  'melanesia',
  'micronesia',
  'polynesia',
] as const;
export type Subregion = (typeof subregions)[number];

export const isRegion = (value: string): value is Region => (regions as readonly string[]).includes(value);
export const isSubregion = (value: string): value is Subregion => (subregions as readonly string[]).includes(value);
