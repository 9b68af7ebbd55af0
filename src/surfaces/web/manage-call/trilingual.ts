import type { ContentLanguage, LocalizedText } from '../../../domain/text/localized-text.js';

/** The organisers' own texts are written in the three interface languages. */
export const formLanguages = ['fr', 'es', 'en'] as const;
export type FormLanguage = (typeof formLanguages)[number];
export type Trilingual = Record<FormLanguage, string>;

export const emptyTrilingual = (): Trilingual => ({ fr: '', es: '', en: '' });

/** The three texts of a stored text, '' where it has none. */
export function trilingualOf(text: LocalizedText | null | undefined): Trilingual {
  return { fr: text?.text.fr ?? '', es: text?.text.es ?? '', en: text?.text.en ?? '' };
}

export const isBlank = (text: Trilingual): boolean => formLanguages.every((language) => text[language].trim() === '');

/** The languages left empty, for telling organisers what is missing. */
export const missingLanguages = (text: Trilingual): FormLanguage[] => formLanguages.filter((language) => text[language].trim() === '');

/**
 * The typed texts as a stored text: written first in the reader's language when it is filled, else
 * in the first filled one; null when all three are empty and `nullWhenBlank` is set.
 *
 * @example localizedOf({ fr: 'Échelle', es: '', en: 'Scale' }, 'es') // { original: 'fr', text: { fr: 'Échelle', en: 'Scale' } }
 */
export function localizedOf(text: Trilingual, preferred: string): LocalizedText;
export function localizedOf(text: Trilingual, preferred: string, nullWhenBlank: true): LocalizedText | null;
export function localizedOf(text: Trilingual, preferred: string, nullWhenBlank = false): LocalizedText | null {
  if (nullWhenBlank && isBlank(text)) return null;
  const filled = formLanguages.filter((language) => text[language].trim() !== '');
  const original = (filled.find((language) => language === preferred) ?? filled[0] ?? preferred) as ContentLanguage;
  return { original, text: Object.fromEntries(filled.map((language) => [language, text[language].trim()])) };
}
