export const mailLanguages = ['fr', 'es', 'en'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

export type MailParamValue = string | number;

/**
 * A mail in the interface languages: ICU messages (https://unicode-org.github.io/icu/userguide/format_parse/messages/)
 * for the subject and the plain-text body. In ICU an ASCII apostrophe escapes braces, so the texts use
 * the typographic one (’).
 */
export interface MailTemplate<Params extends Record<string, MailParamValue>> {
  subject: Record<MailLanguage, string>;
  body: Record<MailLanguage, string>;
  /** Never set: carries the parameter types to the registry. */
  readonly params?: Params;
}

/**
 * @example
 *   export const welcome = mailTemplate<{ displayName: string }>({ subject: { … }, body: { … } });
 */
export function mailTemplate<Params extends Record<string, MailParamValue>>(messages: Omit<MailTemplate<Params>, 'params'>): MailTemplate<Params> {
  return messages;
}
