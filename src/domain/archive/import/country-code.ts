import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(es);
countries.registerLocale(fr);

/** An ISO 3166-1 alpha-2 code from a code or a country's name in French, Spanish or English. */
export function countryCode(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  for (const language of ['fr', 'es', 'en']) {
    const code = countries.getAlpha2Code(trimmed, language);
    if (code) return code;
  }
  return null;
}
