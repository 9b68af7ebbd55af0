/**
 * The interface's words, in English. This file is the reference: fr.ts and es.ts must have every key
 * (the type checker enforces it). Messages use ICU syntax; comments are notes for translators.
 */
export const en = {
  'app.name': 'Convergence',
  // Shown under the name in the header.
  'app.tagline': 'Forums of the social and solidarity economy',
  'nav.home': 'Home',
  'nav.signIn': 'Sign in',
  'nav.signUp': 'Create an account',
  'nav.signOut': 'Sign out',
  'nav.outbox': 'Outbox',
  'nav.skipToContent': 'Skip to content',
  // Label of the language switcher, read by screen readers.
  'nav.language': 'Language',
  'home.title': 'Forums',
  'home.intro': 'Programs, speakers and initiatives of the forums of the social and solidarity economy.',
  'home.empty': 'No forum has been published yet.',
  // {start} and {end} are dates already formatted in the reader's language.
  'edition.dates': '{start} – {end}',
  'edition.format.in_person': 'In person',
  'edition.format.virtual': 'Virtual',
  'edition.format.hybrid': 'Hybrid',
  'edition.languages': 'Languages: {languages}',
  'edition.partners': 'Partners and sponsors',
  'edition.timeZone': 'Times are given in {zone}',
  // Shown when a text is not available in the reader's language; {language} is the language name.
  'content.fallback': 'Original text in {language}',
  'form.email': 'Email',
  'form.password': 'Password',
  'form.newPassword': 'New password',
  'form.displayName': 'Your name',
  'form.passwordHint': 'At least 10 characters.',
  'signIn.title': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'Email or password is wrong.',
  'signIn.forgot': 'Forgot your password?',
  'signUp.title': 'Create an account',
  'signUp.submit': 'Create the account',
  'signUp.done': 'Check your mailbox: we have sent you a message to go on.',
  'reset.requestTitle': 'Reset your password',
  'reset.requestSubmit': 'Send me a link',
  'reset.requestDone': 'If an account uses this address, a link to reset the password is on its way.',
  'reset.title': 'Choose a new password',
  'reset.submit': 'Save the password',
  'reset.invalid': 'This link is invalid or has expired. Ask for a new one.',
  'reset.done': 'Your password has been changed. You can sign in now.',
  'outbox.title': 'Outbox',
  'outbox.intro': 'Mail waiting to be sent or already sent (shown in development).',
  'outbox.empty': 'No mail yet.',
  'outbox.recipient': 'To',
  'outbox.subject': 'Subject',
  'outbox.status': 'Status',
  'error.notFound': 'This page does not exist, or you may not see it.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.badRequest': 'Some fields need your attention.',
  'error.csrf': 'This form has expired. Reload the page and try again.',
  'error.rateLimited': 'Too many attempts. Wait a moment and try again.',
  'error.server': 'Something went wrong on our side.',
  'error.title': 'Error',
} as const;

export type MessageId = keyof typeof en;
