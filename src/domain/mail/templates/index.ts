import { IntlMessageFormat } from 'intl-messageformat';
import { accountExists } from './account-exists.js';
import type { MailTemplate } from './mail-template.js';
import { passwordReset } from './password-reset.js';
import { welcome } from './welcome.js';

export const mailTemplates = {
  'password-reset': passwordReset,
  welcome,
  'account-exists': accountExists,
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailParams<Name extends MailTemplateName> = (typeof mailTemplates)[Name] extends MailTemplate<infer Params> ? Params : never;

export interface RenderedMail {
  locale: 'fr' | 'es' | 'en';
  subject: string;
  textBody: string;
}

/** Renders a template in the recipient's language; a language we do not write mail in falls back to English. */
export function renderMail<Name extends MailTemplateName>(name: Name, locale: string, params: MailParams<Name>): RenderedMail {
  const template: MailTemplate<Record<string, string | number>> = mailTemplates[name];
  const language = locale === 'fr' || locale === 'es' ? locale : 'en';
  const format = (message: string) => String(new IntlMessageFormat(message, language).format(params));
  return { locale: language, subject: format(template.subject[language]), textBody: format(template.body[language]) };
}
