import { mailTemplate } from '../../mail/templates/mail-template.js';

// Translators: sent to a person a submitter invites to co-present a proposal. {inviter} is the
// submitter's name, {title} the proposal, {forum} the forum, {url} the link that accepts.
export const presenterInvitation = mailTemplate<{ name: string; inviter: string; title: string; forum: string; url: string }>({
  subject: {
    en: '{inviter} invites you to present “{title}”',
    fr: '{inviter} vous invite à présenter « {title} »',
    es: '{inviter} le invita a presentar «{title}»',
  },
  body: {
    en: 'Hello {name},\n\n{inviter} has proposed “{title}” to {forum} and names you as a co-presenter.\n\nTo accept, open this link (you will be asked to sign in or create an account):\n\n{url}\n\nIf you do not know this proposal, ignore this message.',
    fr: 'Bonjour {name},\n\n{inviter} a proposé « {title} » au {forum} et vous nomme comme co-présentateur ou co-présentatrice.\n\nPour accepter, ouvrez ce lien (il vous sera demandé de vous connecter ou de créer un compte) :\n\n{url}\n\nSi vous ne connaissez pas cette proposition, ignorez ce message.',
    es: 'Hola {name}:\n\n{inviter} ha propuesto «{title}» al {forum} y le nombra como copresentador o copresentadora.\n\nPara aceptar, abra este enlace (se le pedirá iniciar sesión o crear una cuenta):\n\n{url}\n\nSi no conoce esta propuesta, ignore este mensaje.',
  },
});
