export { deliverPendingMail, type DeliveryOptions, type DeliveryResult } from './deliver-pending-mail.js';
export { createMailSender, type MailSender, type OutgoingMail } from './mail-sender.js';
export { startMailWorker, type MailWorker } from './mail-worker.js';
export { listOutbox, type OutboxEntry } from './outbox.js';
export { queueMail, type MailRequest } from './queue-mail.js';
export { maxDeliveryAttempts } from './record-delivery.js';
export { mailLanguageFor, mailLanguages, mailTemplates, renderMail, type MailLanguage, type MailParams, type MailTemplateName, type RenderedMail } from './templates/index.js';
