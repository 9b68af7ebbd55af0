import { IntlMessageFormat } from 'intl-messageformat';
import { mailLanguages, type MailLanguage, type MailParamValue, type MailTemplate } from './mail-template.js';
import { mailTemplates, type MailParams, type MailTemplateName } from './registry.js';

export interface RenderedMail {
  locale: MailLanguage;
  subject: string;
  textBody: string;
}

/** The language we write to a reader of `locale` in: its own ('es-AR' reads Spanish), else English. */
export function mailLanguageFor(locale: string): MailLanguage {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return mailLanguages.find((candidate) => candidate === language) ?? 'en';
}

/**
 * @example
 *   renderMail('welcome', 'fr', { displayName: 'Nadia', signInUrl: 'https://forum.example.org/sign-in' }).subject;
 *   // 'Bienvenue sur Convergence'
 */
export function renderMail<Name extends MailTemplateName>(name: Name, locale: string, params: MailParams<Name>): RenderedMail {
  const template: MailTemplate<Record<string, MailParamValue>> = mailTemplates[name];
  const language = mailLanguageFor(locale);
  const format = (message: string) => String(new IntlMessageFormat(message, language).format(params));
  return { locale: language, subject: format(template.subject[language]), textBody: format(template.body[language]) };
}
