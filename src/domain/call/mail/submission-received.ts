import { mailTemplate } from '../../mail/templates/mail-template.js';

// Translators: sent when a submitter sends a proposal to a forum's call. {title} is the proposal's title,
// {forum} the forum's name, {deadline} the call's deadline in the submitter's zone, {url} a link to it.
export const submissionReceived = mailTemplate<{ displayName: string; title: string; forum: string; deadline: string; url: string }>({
  subject: {
    en: 'We received your proposal: {title}',
    fr: 'Nous avons reçu votre proposition : {title}',
    es: 'Hemos recibido su propuesta: {title}',
  },
  body: {
    en: 'Hello {displayName},\n\nThank you: your proposal “{title}” to the call of {forum} is received.\n\nYou may still change it until {deadline}:\n\n{url}\n\nThe organisers will write to you once the selection is made.',
    fr: 'Bonjour {displayName},\n\nMerci : votre proposition « {title} » à l’appel de {forum} est bien reçue.\n\nVous pouvez encore la modifier jusqu’au {deadline} :\n\n{url}\n\nLes organisateurs vous écriront une fois la sélection faite.',
    es: 'Hola {displayName}:\n\nGracias: hemos recibido su propuesta «{title}» a la convocatoria de {forum}.\n\nPuede modificarla hasta el {deadline}:\n\n{url}\n\nLa organización le escribirá cuando la selección esté hecha.',
  },
});
