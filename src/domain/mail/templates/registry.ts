import { presenterInvitation } from '../../call/mail/presenter-invitation.js';
import { submissionReceived } from '../../call/mail/submission-received.js';
import { decisionAccepted, decisionRejected, decisionWaitlisted } from '../../selection/mail/decision-mails.js';
import { sessionMoved } from '../../schedule/mail/session-moved.js';
import { accountExists } from './account-exists.js';
import type { MailTemplate } from './mail-template.js';
import { passwordReset } from './password-reset.js';
import { welcome } from './welcome.js';

/** Every mail the platform sends, by the name stored in the outbox. */
export const mailTemplates = {
  'password-reset': passwordReset,
  welcome,
  'account-exists': accountExists,
  'submission-received': submissionReceived,
  'presenter-invitation': presenterInvitation,
  'decision-accepted': decisionAccepted,
  'decision-rejected': decisionRejected,
  'decision-waitlisted': decisionWaitlisted,
  'session-moved': sessionMoved,
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailParams<Name extends MailTemplateName> = (typeof mailTemplates)[Name] extends MailTemplate<infer Params> ? Params : never;
