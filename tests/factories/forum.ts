import { encodeJson } from '../../src/db/database.js';
import { newId } from '../../src/db/ids.js';
import { createAccount, grantEditionRole, systemActor, type EditionRole } from '../../src/domain/accounts/index.js';
import type { AppContext } from '../../src/domain/context.js';
import { EditionService, type EditionInput, type EditionView } from '../../src/domain/edition/index.js';
import { SessionService, type SessionInput, type SessionView } from '../../src/domain/program/index.js';

export const testPassword = 'correct horse battery staple';

export async function makeEdition(context: AppContext, overrides: Partial<EditionInput> & { slug: string }): Promise<EditionView> {
  return new EditionService(context, systemActor).create({
    name: { original: 'en', text: { en: `Forum ${overrides.slug}`, fr: `Forum ${overrides.slug}`, es: `Foro ${overrides.slug}` } },
    tagline: null, description: null, hostCity: 'Bilbao', country: 'ES', venue: 'Euskalduna', startsOn: '2018-10-01', endsOn: '2018-10-03',
    timeZone: 'Europe/Madrid', format: 'in_person', languages: ['es', 'fr', 'en'], website: null, status: 'published',
    ...overrides,
  });
}

export async function makeAccount(
  context: AppContext,
  email: string,
  grant?: { editionId: string; role: EditionRole },
  options: { admin?: boolean } = {},
): Promise<string> {
  const id = await createAccount(context, { email, password: testPassword, displayName: email.split('@')[0]!, locale: 'en', isAdmin: options.admin ?? false });
  if (grant) await grantEditionRole(context, systemActor, grant.editionId, { email, role: grant.role });
  return id;
}

export async function makeSession(context: AppContext, edition: EditionView, overrides: Partial<SessionInput> = {}): Promise<SessionView> {
  return new SessionService(context, systemActor, { id: edition.id, starts_on: edition.startsOn, ends_on: edition.endsOn, time_zone: edition.timeZone }).create({
    format: 'workshop', title: { original: 'fr', text: { fr: 'Atelier sur les communs' } }, language: 'fr', status: 'published', ...overrides,
  });
}

export async function makeVirtualVenue(context: AppContext, editionId: string, joinUrl: string): Promise<string> {
  const id = newId();
  await context.storage.db
    .insertInto('venue')
    .values({
      id, edition_id: editionId, kind: 'virtual_platform', name: encodeJson({ original: 'en', text: { en: 'Zoom room' } }), capacity: 70,
      platform: 'Zoom', join_url: joinUrl, interpretation_languages: encodeJson(['fr', 'es', 'en']), position: 0,
    })
    .execute();
  return id;
}

export async function makePerson(context: AppContext, name: string, email: string, sessionId?: string): Promise<string> {
  const id = newId();
  const now = context.clock.now().toISOString();
  await context.storage.db
    .insertInto('person')
    .values({ id, name, honorific: 'Mme', bio: null, role_title: null, organisation_id: null, country: 'CA', email, gender: null, created_at: now, updated_at: now })
    .execute();
  if (sessionId) {
    await context.storage.db
      .insertInto('session_person_role')
      .values({ id: newId(), session_id: sessionId, person_id: id, role: 'speaker', status: 'confirmed', position: 0 })
      .execute();
  }
  return id;
}
