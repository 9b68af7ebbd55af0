export { mailLanguages, type MailLanguage } from './mail-template.js';
export { mailTemplates, type MailParams, type MailTemplateName } from './registry.js';
export { mailLanguageFor, renderMail, type RenderedMail } from './render-mail.js';
