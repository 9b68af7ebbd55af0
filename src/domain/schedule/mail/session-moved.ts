import { mailTemplate, type MailLanguage } from '../../mail/templates/mail-template.js';

type SessionMovedParams = { displayName: string; title: string; forum: string; before: string; after: string; url: string };

// Translators: sent when organisers publish a schedule in which a session this person takes part in
// has a new time or room. {before} and {after} are "Monday 1 October 2018, 09:30–11:00 (Europe/Madrid), Room 2",
// or the words of `unscheduledWords` below.
export const sessionMoved = mailTemplate<SessionMovedParams>({
  subject: { en: 'New time or room: {title}', fr: 'Nouvel horaire ou nouvelle salle : {title}', es: 'Nuevo horario o sala: {title}' },
  body: {
    en: 'Hello {displayName},\n\nThe schedule of {forum} has changed for “{title}”.\n\nBefore: {before}\nNow: {after}\n\nThe session’s page:\n\n{url}',
    fr: 'Bonjour {displayName},\n\nLe programme du {forum} a changé pour « {title} ».\n\nAvant : {before}\nDésormais : {after}\n\nLa page de la session :\n\n{url}',
    es: 'Hola {displayName}:\n\nEl programa del {forum} ha cambiado para «{title}».\n\nAntes: {before}\nAhora: {after}\n\nLa página de la sesión:\n\n{url}',
  },
});

/** Said of a session taken out of the schedule, in place of a time and a room. */
export const unscheduledWords: Record<MailLanguage, string> = {
  en: 'not scheduled for now',
  fr: 'pas programmée pour le moment',
  es: 'sin horario por ahora',
};
