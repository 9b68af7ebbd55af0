import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { foldForMatch } from './clean-text.js';

const require = createRequire(import.meta.url);
for (const language of ['fr', 'es', 'en']) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));

/** Names forum documents use that the country lists spell otherwise. */
const aliases: Record<string, string> = {
  'etats unis': 'US', 'etats unis d amerique': 'US', 'eeuu': 'US', 'ee uu': 'US', 'usa': 'US', 'us': 'US', 'united states': 'US',
  'republique de coree': 'KR', 'coree': 'KR', 'coree du sud': 'KR', 'republica de corea': 'KR', 'corea': 'KR', 'corea del sur': 'KR', 'south korea': 'KR', 'korea': 'KR', 'republic of korea': 'KR',
  'cap vert': 'CV', 'cabo verde': 'CV', 'cape verde': 'CV',
  'royaume uni': 'GB', 'reino unido': 'GB', 'uk': 'GB', 'united kingdom': 'GB', 'angleterre': 'GB', 'ecosse': 'GB', 'scotland': 'GB', 'england': 'GB',
  'cote d ivoire': 'CI', 'cote d\'ivoire': 'CI', 'costa de marfil': 'CI', 'ivory coast': 'CI',
  'vietnam': 'VN', 'viet nam': 'VN', 'republique dominicaine': 'DO', 'republica dominicana': 'DO',
  'bolivie': 'BO', 'bolivia': 'BO', 'taiwan': 'TW', 'russie': 'RU', 'tanzanie': 'TZ', 'tanzania': 'TZ',
  'rdc': 'CD', 'republique democratique du congo': 'CD', 'pays bas': 'NL', 'paises bajos': 'NL', 'holanda': 'NL',
  'tunisia': 'TN', 'argentina': 'AR', 'mexique': 'MX', 'mexico': 'MX', 'bresil': 'BR', 'brasil': 'BR', 'perou': 'PE', 'peru': 'PE',
};

/** Regions documents print between the city and the country, or instead of the country. */
const regions: Record<string, string> = {
  'pays basque': 'ES', 'pais vasco': 'ES', 'euskadi': 'ES', 'basque country': 'ES', 'catalogne': 'ES', 'cataluna': 'ES', 'catalonia': 'ES', 'catalunya': 'ES',
  'navarre': 'ES', 'navarra': 'ES', 'andalousie': 'ES', 'andalucia': 'ES', 'galice': 'ES', 'galicia': 'ES', 'asturies': 'ES', 'asturias': 'ES', 'madrid': 'ES',
  'quebec': 'CA', 'ontario': 'CA', 'bretagne': 'FR', 'occitanie': 'FR', 'nouvelle aquitaine': 'FR', 'ile de france': 'FR', 'pays de la loire': 'FR',
  'wallonie': 'BE', 'flandre': 'BE', 'flandres': 'BE', 'emilie romagne': 'IT', 'emilia romagna': 'IT', 'lombardie': 'IT', 'toscane': 'IT',
  'texas': 'US', 'californie': 'US', 'california': 'US', 'pa': 'US', 'new york': 'US',
  'cordoba': 'AR', 'cordoue': 'AR', 'buenos aires': 'AR', 'gyeonggi': 'KR', 'seoul': 'KR',
};

const byName = new Map<string, string>();
for (const language of ['fr', 'es', 'en']) {
  const names = countries.getNames(language, { select: 'all' }) as Record<string, string[]>;
  for (const [code, variants] of Object.entries(names)) {
    for (const variant of variants) byName.set(foldForMatch(variant), code);
  }
}
for (const [name, code] of Object.entries(aliases)) byName.set(foldForMatch(name), code);

/** ISO 3166-1 alpha-2 for a country name in fr/es/en ("États-Unis", "Cap Vert", "République de Corée"); null otherwise. */
export function countryCode(name: string): string | null {
  const key = foldForMatch(name.replace(/[()]/g, ' '));
  if (key.length < 2) return null;
  return byName.get(key) ?? null;
}

/** The country a region belongs to ("Pays Basque" → ES, "Québec" → CA); null when it is not a region we know. */
export function regionCountry(name: string): string | null {
  return regions[foldForMatch(name.replace(/[()]/g, ' '))] ?? null;
}

/** The name of a country for a code, in a language: for messages and display only. */
export function countryName(code: string, language: 'fr' | 'es' | 'en'): string | null {
  return countries.getName(code, language) ?? null;
}

export interface Place {
  city: string | null;
  region: string | null;
  country: string | null;
}

/**
 * "Munguía, Pays Basque, Espagne" → city, region, ES. "Madrid Espagne" (comma lost) and "Québec, Canada" too.
 * Null when no part of the text is a country or region we know.
 */
export function readPlace(text: string): Place | null {
  const cleaned = text.replace(/\s+/g, ' ').replace(/[.;\s]+$/, '').trim();
  if (cleaned.length === 0) return null;
  const parts = cleaned.split(/\s*,\s*/).filter((part) => part.length > 0);
  const last = parts[parts.length - 1]!;
  let country = countryCode(last);
  let rest = parts.slice(0, -1);
  if (!country) {
    // The comma between city and country is sometimes lost: "Madrid Espagne", "Swarthmore (PA) États-Unis".
    const words = last.split(' ');
    for (let take = Math.min(4, words.length - 1); take >= 1 && !country; take -= 1) {
      const code = countryCode(words.slice(-take).join(' '));
      if (code) {
        country = code;
        rest = [...parts.slice(0, -1), words.slice(0, -take).join(' ')];
      }
    }
  }
  if (!country) {
    const region = regionCountry(last);
    if (!region) return null;
    return { city: parts.length > 1 ? parts[0]! : null, region: last, country: region };
  }
  rest = rest.map((part) => part.trim()).filter((part) => part.length > 0);
  const city = rest[0] ?? null;
  const region = rest.length > 1 ? rest.slice(1).join(', ').replace(/^\((.*)\)$/, '$1') : null;
  return { city: city ? city.replace(/^\((.*)\)$/, '$1') : null, region, country };
}
