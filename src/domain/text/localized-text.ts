import { z } from 'zod';

/** Language tags of content. Content may be in any of these; the interface speaks the first three. */
export const contentLanguages = ['fr', 'es', 'en', 'eu', 'pt', 'ca', 'ko', 'de', 'it', 'ar'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];
export const contentLanguageSchema = z.enum(contentLanguages);

/**
 * A text people wrote, in one or several languages, with the language it was first written in.
 * Stored as JSON `{"original":"fr","text":{"fr":"…","es":"…"}}`.
 */
export interface LocalizedText {
  original: ContentLanguage;
  text: Partial<Record<ContentLanguage, string>>;
}

export const localizedTextSchema = z
  .object({
    original: contentLanguageSchema,
    text: z.partialRecord(contentLanguageSchema, z.string().max(50_000)),
  })
  .refine((value) => typeof value.text[value.original] === 'string', {
    message: 'the original language must have a text',
    path: ['text'],
  });

export interface LocalizedReading {
  value: string;
  language: ContentLanguage;
  /** True when the wanted language was missing and the original is shown instead. */
  isFallback: boolean;
}

/**
 * Reads a text in the wanted language, falling back to the original, never silently.
 *
 * @example
 *   readLocalized({ original: 'fr', text: { fr: 'Atelier' } }, 'es')
 *   // { value: 'Atelier', language: 'fr', isFallback: true }
 */
export function readLocalized(text: LocalizedText, wanted: string): LocalizedReading {
  const exact = text.text[wanted as ContentLanguage];
  if (exact !== undefined && exact !== '') return { value: exact, language: wanted as ContentLanguage, isFallback: false };
  return { value: text.text[text.original] ?? '', language: text.original, isFallback: true };
}

export function localized(original: ContentLanguage, text: Partial<Record<ContentLanguage, string>>): LocalizedText {
  return { original, text };
}
