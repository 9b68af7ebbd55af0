/** A mail in the interface languages: ICU messages for the subject and the plain-text body. */
export interface MailTemplate<Params extends Record<string, string | number>> {
  subject: Record<'fr' | 'es' | 'en', string>;
  body: Record<'fr' | 'es' | 'en', string>;
  /** Only for the type checker: the parameters the messages use. */
  readonly params?: Params;
}
