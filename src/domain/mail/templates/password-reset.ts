import { mailTemplate } from './mail-template.js';

// Translators: sent when someone asks to reset a password. {displayName} is the account's name,
// {resetUrl} a one-time link, {expiresInMinutes} how long the link works (a whole number of minutes).
export const passwordReset = mailTemplate<{ displayName: string; resetUrl: string; expiresInMinutes: number }>({
  subject: {
    en: 'Reset your Convergence password',
    fr: 'Réinitialisez votre mot de passe Convergence',
    es: 'Restablezca su contraseña de Convergence',
  },
  body: {
    en: 'Hello {displayName},\n\nSomeone asked to reset the password of your account. To choose a new one, open this link within {expiresInMinutes, plural, one {# minute} other {# minutes}}:\n\n{resetUrl}\n\nIf it was not you, ignore this message: your password stays as it is.',
    fr: 'Bonjour {displayName},\n\nUne réinitialisation du mot de passe de votre compte a été demandée. Pour en choisir un nouveau, ouvrez ce lien dans {expiresInMinutes, plural, one {la minute} other {les # minutes}} :\n\n{resetUrl}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    es: 'Hola, {displayName}:\n\nSe ha pedido restablecer la contraseña de su cuenta. Para elegir una nueva, abra este enlace {expiresInMinutes, plural, one {en el próximo minuto} other {en los próximos # minutos}}:\n\n{resetUrl}\n\nSi no fue usted, ignore este mensaje: su contraseña no cambia.',
  },
});
