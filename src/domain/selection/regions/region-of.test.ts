import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { placedCountryCodes, regionOf, regions, subregionOf } from './index.js';

describe('regionOf', () => {
  it('places countries on their UN M49 continent', () => {
    expect(regionOf('MA')).toBe('africa');
    expect(regionOf('CA')).toBe('americas');
    expect(regionOf('KR')).toBe('asia');
    expect(regionOf('ES')).toBe('europe');
    expect(regionOf('NZ')).toBe('oceania');
  });

  it('reads codes in any case', () => {
    expect(regionOf('br')).toBe('americas');
  });

  it('knows no region for Antarctica or an unknown code', () => {
    expect(regionOf('AQ')).toBeNull();
    expect(regionOf('ZZ')).toBeNull();
    expect(regionOf('')).toBeNull();
  });

  it('places Taiwan and Kosovo, which M49 leaves out', () => {
    expect(regionOf('TW')).toBe('asia');
    expect(regionOf('XK')).toBe('europe');
  });

  it('places every ISO 3166-1 code but Antarctica', () => {
    const unplaced = Object.keys(countries.getAlpha2Codes()).filter((code) => regionOf(code) === null);
    expect(unplaced).toEqual(['AQ']);
    expect(placedCountryCodes().length).toBeGreaterThanOrEqual(249);
    expect(new Set(placedCountryCodes().map(regionOf))).toEqual(new Set(regions));
  });
});

describe('subregionOf', () => {
  it('splits the Americas into Northern America and Latin America and the Caribbean', () => {
    expect(subregionOf('CA')).toBe('northern_america');
    expect(subregionOf('US')).toBe('northern_america');
    expect(subregionOf('MX')).toBe('latin_america_caribbean');
    expect(subregionOf('BR')).toBe('latin_america_caribbean');
    expect(subregionOf('CU')).toBe('latin_america_caribbean');
  });

  it('splits Africa north and south of the Sahara', () => {
    expect(subregionOf('MA')).toBe('northern_africa');
    expect(subregionOf('SN')).toBe('sub_saharan_africa');
  });

  it('gives every placed country a sub-region', () => {
    expect(placedCountryCodes().filter((code) => subregionOf(code) === null)).toEqual([]);
  });
});
