export { deliverPendingMail, maxDeliveryAttempts, type DeliveryOptions } from './deliver-pending-mail.js';
export { createMailSender, type MailSender, type OutgoingMail } from './mail-sender.js';
export { startMailWorker, type MailWorker } from './mail-worker.js';
export { listOutbox, type OutboxEntry } from './outbox.js';
export { queueMail, type MailRequest } from './queue-mail.js';
export { mailTemplates, renderMail, type MailParams, type MailTemplateName } from './templates/index.js';
