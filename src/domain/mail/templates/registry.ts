import { accountExists } from './account-exists.js';
import type { MailTemplate } from './mail-template.js';
import { passwordReset } from './password-reset.js';
import { welcome } from './welcome.js';

/** Every mail the platform sends, by the name stored in the outbox. */
export const mailTemplates = {
  'password-reset': passwordReset,
  welcome,
  'account-exists': accountExists,
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailParams<Name extends MailTemplateName> = (typeof mailTemplates)[Name] extends MailTemplate<infer Params> ? Params : never;
