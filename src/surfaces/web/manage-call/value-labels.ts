import countries from 'i18n-iso-countries';
import type { BalanceDimension } from '../../../domain/selection/balance/index.js';
import { readLocalized, type LocalizedText } from '../../../domain/text/localized-text.js';
import type { MessageId, Translator } from '../../../i18n/index.js';
import { en } from '../../../i18n/messages/en.js';

/** A catalog word chosen by a value from the data, or the value itself when the catalog has none. */
export function labelOf(t: Translator, id: string, fallback: string): string {
  return id in en ? t.t(id as MessageId) : fallback;
}

/** A country's name in the reader's language: "ES" → "Spain", "España", "Espagne". */
export function countryName(code: string | null, locale: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO 3166-1 country, named and sorted for the reader. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A value of a balance dimension as organisers read it: a region's or country's name, a language, a theme. */
export function dimensionValueLabel(t: Translator, dimension: BalanceDimension, value: string, themes: ReadonlyMap<string, LocalizedText>): string {
  if (value === 'unknown') return t.t('manage.value.unknown');
  switch (dimension) {
    case 'region':
    case 'subregion':
      return labelOf(t, `manage.region.${value}`, value);
    case 'country':
      return countryName(value, t.locale);
    case 'language':
      return t.languageName(value);
    case 'organisation_kind':
      return labelOf(t, `manage.organisationKind.${value}`, value);
    case 'gender':
      return value === 'undeclared' ? t.t('manage.value.undeclared') : value;
    case 'theme': {
      const theme = themes.get(value);
      return theme ? readLocalized(theme, t.locale).value : value;
    }
    case 'sdg':
      return t.t('manage.sdg', { number: value });
    case 'returning':
      return t.t(value === 'true' ? 'manage.value.returning' : 'manage.value.firstTime');
  }
}

/** "2.5" with the reader's decimal mark; '—' when there is no score yet. */
export function formatScore(score: number | null, locale: string): string {
  return score === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(score);
}

/** "17.6 %" in the reader's way of writing percentages. */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
