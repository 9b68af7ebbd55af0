import { mailTemplate } from '../../mail/templates/mail-template.js';

type DecisionParams = { displayName: string; title: string; forum: string; note: string; url: string };

// Translators: sent when organisers accept a proposal. {note} is the organisers' own words (may be
// empty), {url} the page where the speaker confirms they will present.
export const decisionAccepted = mailTemplate<DecisionParams>({
  subject: { en: 'Accepted: {title}', fr: 'Acceptée : {title}', es: 'Aceptada: {title}' },
  body: {
    en: 'Hello {displayName},\n\nWe are glad to tell you that “{title}” is selected for {forum}.\n\n{note}\n\nPlease confirm that you will present it:\n\n{url}',
    fr: 'Bonjour {displayName},\n\nNous avons le plaisir de vous annoncer que « {title} » est retenue pour le {forum}.\n\n{note}\n\nMerci de confirmer que vous la présenterez :\n\n{url}',
    es: 'Hola {displayName}:\n\nNos alegra comunicarle que «{title}» ha sido seleccionada para el {forum}.\n\n{note}\n\nLe rogamos que confirme que la presentará:\n\n{url}',
  },
});

// Translators: sent when organisers do not select a proposal.
export const decisionRejected = mailTemplate<DecisionParams>({
  subject: { en: 'Your proposal to {forum}', fr: 'Votre proposition au {forum}', es: 'Su propuesta al {forum}' },
  body: {
    en: 'Hello {displayName},\n\nThank you for proposing “{title}”. Among the many proposals received, it could not be selected for {forum}.\n\n{note}\n\nWe hope to see you at the forum:\n\n{url}',
    fr: 'Bonjour {displayName},\n\nMerci d’avoir proposé « {title} ». Parmi les nombreuses propositions reçues, elle n’a pas pu être retenue pour le {forum}.\n\n{note}\n\nNous espérons vous voir au forum :\n\n{url}',
    es: 'Hola {displayName}:\n\nGracias por proponer «{title}». Entre las numerosas propuestas recibidas, no ha podido ser seleccionada para el {forum}.\n\n{note}\n\nEsperamos verle en el foro:\n\n{url}',
  },
});

// Translators: sent when a proposal is on the waiting list.
export const decisionWaitlisted = mailTemplate<DecisionParams>({
  subject: { en: 'On the waiting list: {title}', fr: 'Sur liste d’attente : {title}', es: 'En lista de espera: {title}' },
  body: {
    en: 'Hello {displayName},\n\n“{title}” is on the waiting list of {forum}: we will write again if a place opens.\n\n{note}\n\n{url}',
    fr: 'Bonjour {displayName},\n\n« {title} » est sur la liste d’attente du {forum} : nous vous écrirons si une place se libère.\n\n{note}\n\n{url}',
    es: 'Hola {displayName}:\n\n«{title}» está en la lista de espera del {forum}: le escribiremos si se libera un lugar.\n\n{note}\n\n{url}',
  },
});
