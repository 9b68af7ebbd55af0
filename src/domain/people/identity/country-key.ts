import { createRequire } from 'node:module';
import { foldText } from './text-folding.js';

const require = createRequire(import.meta.url);

// Names the ISO lists miss but forum documents use.
const extraCountryNames: Record<string, string> = {
  'cap vert': 'CV',
  'coree': 'KR',
  'republique de coree': 'KR',
  'coree du sud': 'KR',
  'south korea': 'KR',
  'korea': 'KR',
  'etats unis': 'US',
  'usa': 'US',
  'eeuu': 'US',
  'estados unidos': 'US',
  'uk': 'GB',
  'royaume uni': 'GB',
  'cote divoire': 'CI',
  'cote d ivoire': 'CI',
  'ivory coast': 'CI',
  'pays basque': 'ES',
  'euskadi': 'ES',
  'catalogne': 'ES',
  'catalunya': 'ES',
  'quebec': 'CA',
};

let index: Map<string, string> | null = null;

function foldCountryName(name: string): string {
  return foldText(name)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function countryIndex(): Map<string, string> {
  if (index) return index;
  const countries = require('i18n-iso-countries') as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  const built = new Map<string, string>();
  for (const lang of ['en', 'fr', 'es', 'ca', 'eu', 'pt', 'it', 'de']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        const key = foldCountryName(name);
        if (!built.has(key)) built.set(key, code);
      }
    }
  }
  for (const [name, code] of Object.entries(extraCountryNames)) built.set(name, code);
  index = built;
  return built;
}

/** ISO alpha-2 code for a country written in any forum language ("Ouganda", "Cabo Verde", "CI"), or null. */
const resolved = new Map<string, string | null>();

export function countryKey(written: string | null | undefined): string | null {
  if (!written) return null;
  const known = resolved.get(written);
  if (known !== undefined) return known;
  if (resolved.size > 10_000) resolved.clear();
  const code = lookUpCountry(written);
  resolved.set(written, code);
  return code;
}

function lookUpCountry(written: string): string | null {
  const trimmed = written.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const folded = foldCountryName(trimmed);
  if (!folded) return null;
  return countryIndex().get(folded) ?? null;
}
