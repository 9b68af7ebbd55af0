import type { SelectionDimension } from '../balance/index.js';
import { undeclaredGender } from '../balance/index.js';

const regionNames: Record<string, string> = {
  africa: 'Africa',
  americas: 'the Americas',
  asia: 'Asia',
  europe: 'Europe',
  oceania: 'Oceania',
  northern_africa: 'Northern Africa',
  sub_saharan_africa: 'Sub-Saharan Africa',
  northern_america: 'Northern America',
  latin_america_caribbean: 'Latin America and the Caribbean',
  central_asia: 'Central Asia',
  eastern_asia: 'Eastern Asia',
  south_eastern_asia: 'South-eastern Asia',
  southern_asia: 'Southern Asia',
  western_asia: 'Western Asia',
  eastern_europe: 'Eastern Europe',
  northern_europe: 'Northern Europe',
  southern_europe: 'Southern Europe',
  western_europe: 'Western Europe',
  australia_new_zealand: 'Australia and New Zealand',
  melanesia: 'Melanesia',
  micronesia: 'Micronesia',
  polynesia: 'Polynesia',
};

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

const safely = (name: () => string | undefined, fallback: string): string => {
  try {
    return name() ?? fallback;
  } catch {
    return fallback;
  }
};

/**
 * The English phrase for a group of candidates, to complete "candidates …".
 *
 * @example describeGroup('region', 'africa') // 'from Africa'
 */
export function describeGroup(dimension: SelectionDimension, value: string): string {
  switch (dimension) {
    case 'region':
      return `from ${regionNames[value] ?? value}`;
    case 'country':
      return `from ${safely(() => countryNames.of(value), value)}`;
    case 'language':
      return `written in ${safely(() => languageNames.of(value), value)}`;
    case 'organisation_kind':
      return `from organisations of the kind "${value}"`;
    case 'gender':
      return value === undeclaredGender ? 'with a presenter who declared no gender' : `with a presenter of gender "${value}"`;
    case 'theme':
      return `on the theme "${value}"`;
    case 'sdg':
      return `on Sustainable Development Goal ${value}`;
    case 'returning':
      return value === 'true' ? 'returning from an earlier edition' : 'new to the forum';
  }
}
