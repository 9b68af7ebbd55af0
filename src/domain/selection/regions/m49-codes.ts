import type { Region, Subregion } from './region.js';

/** UN M49 numeric codes of the regions and sub-regions we name (https://unstats.un.org/unsd/methodology/m49/). */
export const regionByM49Code: Readonly<Record<string, Region>> = {
  '002': 'africa',
  '019': 'americas',
  '142': 'asia',
  '150': 'europe',
  '009': 'oceania',
};

export const subregionByM49Code: Readonly<Record<string, Subregion>> = {
  '015': 'northern_africa',
  '202': 'sub_saharan_africa',
  '021': 'northern_america',
  '419': 'latin_america_caribbean',
  '143': 'central_asia',
  '030': 'eastern_asia',
  '035': 'south_eastern_asia',
  '034': 'southern_asia',
  '145': 'western_asia',
  '151': 'eastern_europe',
  '154': 'northern_europe',
  '039': 'southern_europe',
  '155': 'western_europe',
  '053': 'australia_new_zealand',
  '054': 'melanesia',
  '057': 'micronesia',
  '061': 'polynesia',
};

/**
 * ISO codes M49 leaves out: Taiwan is counted within China's Eastern Asia, and Kosovo (a
 * user-assigned code) within Southern Europe, beside Serbia.
 */
export const placesOutsideM49: Readonly<Record<string, { region: Region; subregion: Subregion }>> = {
  TW: { region: 'asia', subregion: 'eastern_asia' },
  XK: { region: 'europe', subregion: 'southern_europe' },
};
