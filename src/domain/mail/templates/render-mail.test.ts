import { describe, expect, it } from 'vitest';
import { mailLanguages } from './mail-template.js';
import { mailTemplates, type MailParams, type MailTemplateName } from './registry.js';
import { renderMail } from './render-mail.js';

const samples: { [Name in MailTemplateName]: MailParams<Name> } = {
  'password-reset': { displayName: 'Itziar', resetUrl: 'https://forum.example.org/password-reset/abc', expiresInMinutes: 60 },
  welcome: { displayName: 'Nadia', signInUrl: 'https://forum.example.org/sign-in' },
  'account-exists': { signInUrl: 'https://forum.example.org/sign-in', resetUrl: 'https://forum.example.org/password-reset' },
  'submission-received': { displayName: 'Itziar', title: 'Koopera', forum: 'GSEF 2018', deadline: '31 mars 2018, 23:59 (Europe/Madrid)', url: 'https://forum.example.org/s/1' },
  'presenter-invitation': { name: 'Honoré', inviter: 'Itziar', title: 'Koopera', forum: 'GSEF 2018', url: 'https://forum.example.org/invitations/abc' },
  'decision-accepted': { displayName: 'Itziar', title: 'Koopera', forum: 'GSEF 2018', note: 'Atelier 4.3', url: 'https://forum.example.org/confirm/1' },
  'decision-rejected': { displayName: 'Itziar', title: 'Koopera', forum: 'GSEF 2018', note: 'Merci', url: 'https://forum.example.org/editions/x' },
  'decision-waitlisted': { displayName: 'Itziar', title: 'Koopera', forum: 'GSEF 2018', note: 'Patience', url: 'https://forum.example.org/s/1' },
  'session-moved': { displayName: 'Itziar', title: 'Koopera', forum: 'GSEF 2018', before: 'lundi 1 octobre 2018, 09:30–11:00, Sala 1', after: 'mardi 2 octobre 2018, 15:00–16:30, Sala 3', url: 'https://forum.example.org/editions/x/sessions/1' },
};
const templateNames = Object.keys(mailTemplates) as MailTemplateName[];

describe('mail templates', () => {
  it.each(templateNames)('%s reads in French, Spanish and English with every value in place', (name) => {
    const subjects = new Set<string>();
    for (const language of mailLanguages) {
      const mail = renderMail(name, language, samples[name]);
      const text = `${mail.subject}\n${mail.textBody}`;
      expect(mail.locale).toBe(language);
      expect(text, `${name} in ${language}`).not.toMatch(/[{}]/);
      for (const value of Object.values(samples[name])) expect(text, `${name} in ${language}`).toContain(String(value));
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(mailLanguages.length);
  });

  it('a reader of a language we do not write mail in gets English', () => {
    expect(renderMail('welcome', 'eu', samples.welcome)).toMatchObject({ locale: 'en', subject: 'Welcome to Convergence' });
  });

  it('a regional locale reads its own language', () => {
    expect(renderMail('welcome', 'es-AR', samples.welcome).locale).toBe('es');
    expect(renderMail('welcome', 'fr_CA', samples.welcome).locale).toBe('fr');
  });

  it('a link that lasts one minute is announced in the singular', () => {
    const oneMinute = { ...samples['password-reset'], expiresInMinutes: 1 };
    expect(renderMail('password-reset', 'en', oneMinute).textBody).toContain('within 1 minute:');
    expect(renderMail('password-reset', 'es', oneMinute).textBody).toContain('en el próximo minuto');
    expect(renderMail('password-reset', 'fr', oneMinute).textBody).toContain('dans la minute');
  });
});
