export { regions, subregions, isRegion, isSubregion, type Region, type Subregion } from './region.js';
export { regionOf, subregionOf, placedCountryCodes } from './region-of.js';
