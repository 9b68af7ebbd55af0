import { mailTemplate } from './mail-template.js';

// Translators: sent when someone signs up with an address that already has an account, so the sign-up
// page never reveals which addresses are registered. No name: whoever signed up may not be the owner.
// {signInUrl} and {resetUrl} are links.
export const accountExists = mailTemplate<{ signInUrl: string; resetUrl: string }>({
  subject: {
    en: 'You already have a Convergence account',
    fr: 'Vous avez déjà un compte Convergence',
    es: 'Ya tiene una cuenta en Convergence',
  },
  body: {
    en: 'Hello,\n\nSomeone tried to create an account with this address, which already has one. Sign in here:\n\n{signInUrl}\n\nForgot your password? Reset it here:\n\n{resetUrl}\n\nIf it was not you, ignore this message.',
    fr: 'Bonjour,\n\nQuelqu’un a tenté de créer un compte avec cette adresse, qui en a déjà un. Connectez-vous ici :\n\n{signInUrl}\n\nMot de passe oublié ? Réinitialisez-le ici :\n\n{resetUrl}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    es: 'Hola:\n\nAlguien intentó crear una cuenta con esta dirección, que ya tiene una. Inicie sesión aquí:\n\n{signInUrl}\n\n¿Olvidó su contraseña? Restablézcala aquí:\n\n{resetUrl}\n\nSi no fue usted, ignore este mensaje.',
  },
});
