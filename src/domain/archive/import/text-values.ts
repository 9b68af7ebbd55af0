import type { ContentLanguage, LocalizedText } from '../../text/localized-text.js';

/** Adds a document's text in its language to what is stored, keeping the other languages. */
export function withLanguage(stored: LocalizedText | null, language: ContentLanguage, value: string): LocalizedText {
  if (!stored) return { original: language, text: { [language]: value } };
  return { original: stored.original, text: { ...stored.text, [language]: value } };
}

/** Lowercase, without accents or punctuation: the form two spellings of one name share. */
export function foldKey(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
