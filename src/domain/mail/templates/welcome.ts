import { mailTemplate } from './mail-template.js';

// Translators: sent right after sign-up. {displayName} is the name given, {signInUrl} the sign-in page.
// Spanish: "Le damos la bienvenida" avoids choosing a gender for the reader.
export const welcome = mailTemplate<{ displayName: string; signInUrl: string }>({
  subject: {
    en: 'Welcome to Convergence',
    fr: 'Bienvenue sur Convergence',
    es: 'Le damos la bienvenida a Convergence',
  },
  body: {
    en: 'Hello {displayName},\n\nYour account is ready. Sign in here:\n\n{signInUrl}',
    fr: 'Bonjour {displayName},\n\nVotre compte est prêt. Connectez-vous ici :\n\n{signInUrl}',
    es: 'Hola, {displayName}:\n\nSu cuenta está lista. Inicie sesión aquí:\n\n{signInUrl}',
  },
});
