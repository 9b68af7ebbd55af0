import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { en, type MessageId } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

export const uiLocales = ['fr', 'es', 'en'] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultUiLocale: UiLocale = 'en';
export type { MessageId };

const catalogs: Record<UiLocale, Record<MessageId, string>> = { en, fr, es };
const cache = createIntlCache();
const intls = new Map<UiLocale, IntlShape<string>>();

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}

/** The interface's words in one language, with dates and language names formatted for it. */
export interface Translator {
  locale: UiLocale;
  t(id: MessageId, values?: Record<string, string | number>): string;
  languageName(code: string): string;
  date(isoDate: string, timeZone?: string): string;
}

export function translator(locale: UiLocale): Translator {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({ locale, messages: catalogs[locale], defaultLocale: defaultUiLocale }, cache);
    intls.set(locale, intl);
  }
  const shape = intl;
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    locale,
    t: (id, values) => shape.formatMessage({ id }, values) as string,
    languageName: (code) => languageNames.of(code) ?? code,
    // A calendar date has no time of day: format it at noon UTC so no zone can move it to another day.
    date: (isoDate, timeZone = 'UTC') =>
      shape.formatDate(`${isoDate}T12:00:00Z`, { dateStyle: 'long', timeZone: isoDate.length === 10 ? 'UTC' : timeZone }),
  };
}

/**
 * Picks the interface language: an explicit choice (cookie) first, then the browser's
 * Accept-Language preferences by weight, then English.
 */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): UiLocale {
  if (isUiLocale(explicit)) return explicit;
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.find((p) => p.trim().startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0] ?? '', weight: quality ? Number(quality.trim().slice(2)) : 1, index };
    })
    .filter((preference) => preference.language && preference.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return preferences.map((preference) => preference.language).find(isUiLocale) ?? defaultUiLocale;
}
