import fc from 'fast-check';
import { encodeJson, type Db } from '../../db/database.js';

/**
 * Random but coherent forums for property tests: every foreign key points at a row that exists,
 * and texts mix languages, accents, emoji, quotes and markup.
 */
// PostgreSQL stores no NUL character in text or jsonb; everything else must survive.
const withoutNul = (text: string) => text.replaceAll('\u0000', '');
const trickyText = fc.oneof(
  fc.string({ maxLength: 40 }).map(withoutNul),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(withoutNul),
  fc.constantFrom('<script>alert("x")</script>', 'Économie sociale « solidaire »', 'Economía “social”', '😀 coop', 'a\nb\tc', '', "l'ESS"),
);
const language = fc.constantFrom('fr', 'es', 'en', 'eu', 'pt');
const localized = fc.record({ original: language, fr: trickyText, es: trickyText, en: fc.option(trickyText, { nil: undefined }) }).map(({ original, ...texts }) => ({
  original,
  text: Object.fromEntries(Object.entries({ ...texts, [original]: texts.fr }).filter(([, value]) => value !== undefined)),
}));
const instant = fc.date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

export const forumArbitrary = fc.record({
  organisations: fc.array(fc.record({ name: localized, acronym: optional(trickyText), kind: fc.constantFrom('cooperative', 'network', 'local_government') }), { minLength: 1, maxLength: 3 }),
  people: fc.array(fc.record({ name: trickyText, bio: optional(localized), email: optional(fc.emailAddress()), aliases: fc.uniqueArray(trickyText, { maxLength: 2 }) }), { maxLength: 4 }),
  editions: fc.array(
    fc.record({
      name: localized, published: fc.boolean(), languages: fc.uniqueArray(language, { minLength: 1, maxLength: 3 }),
      slots: fc.array(instant, { maxLength: 3 }), lines: fc.array(localized, { maxLength: 3 }), themes: fc.array(localized, { maxLength: 2 }),
      sessions: fc.array(
        fc.record({
          title: localized, objectives: fc.array(localized, { maxLength: 2 }), registration: fc.boolean(), capacity: optional(fc.integer({ min: 1, max: 5000 })),
          sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }), speakers: fc.array(fc.nat(), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      initiatives: fc.array(fc.record({ title: localized, country: optional(fc.constantFrom('ES', 'FR', 'CA', 'TG', 'KR')) }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  users: fc.array(fc.record({ admin: fc.boolean(), locale: fc.constantFrom('fr', 'es', 'en') }), { maxLength: 3 }),
  audit: fc.array(fc.record({ before: fc.option(fc.jsonValue(), { nil: null }), after: fc.option(fc.jsonValue(), { nil: null }) }), { maxLength: 3 }),
});

export type GeneratedForum = typeof forumArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Writes a generated forum; ids are made from positions so the same forum always has the same ids. */
export async function insertGeneratedForum(db: Db, forum: GeneratedForum): Promise<void> {
  const stamp = { created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-02T00:00:00.000Z' };
  const organisationIds = forum.organisations.map((_, index) => `org-${index}`);
  for (const [index, organisation] of forum.organisations.entries()) {
    await db.insertInto('organisation').values({ id: organisationIds[index]!, name: encodeJson(organisation.name), acronym: organisation.acronym, kind: organisation.kind, city: null, country: 'ES', website: null, ...stamp }).execute();
  }
  const personIds = forum.people.map((_, index) => `person-${index}`);
  for (const [index, person] of forum.people.entries()) {
    await db.insertInto('person').values({
      id: personIds[index]!, name: person.name, honorific: null, bio: person.bio ? encodeJson(person.bio) : null, role_title: null,
      organisation_id: organisationIds[index % organisationIds.length]!, country: null, email: person.email, gender: null, ...stamp,
    }).execute();
    for (const [aliasIndex, alias] of person.aliases.entries()) {
      await db.insertInto('person_alias').values({ id: `alias-${index}-${aliasIndex}`, person_id: personIds[index]!, alias, source: null }).execute();
    }
  }
  const userIds = forum.users.map((_, index) => `user-${index}`);
  for (const [index, user] of forum.users.entries()) {
    await db.insertInto('user_account').values({
      id: userIds[index]!, email: `user${index}@example.org`, password_hash: '$argon2id$fake', display_name: `User ${index}`, locale: user.locale,
      is_admin: user.admin, person_id: personIds[index] ?? null, ...stamp,
    }).execute();
  }
  for (const [e, edition] of forum.editions.entries()) {
    const editionId = `edition-${e}`;
    await db.insertInto('edition').values({
      id: editionId, slug: `forum-${e}`, name: encodeJson(edition.name), tagline: null, description: null, host_city: 'Bilbao', country: 'ES', venue: null,
      starts_on: '2018-10-01', ends_on: '2018-10-03', time_zone: 'Europe/Madrid', format: 'hybrid', languages: encodeJson(edition.languages), website: null,
      status: edition.published ? 'published' : 'draft', hide_unconfirmed_roles: !edition.published, ...stamp,
    }).execute();
    await db.insertInto('edition_partner').values({ id: `partner-${e}`, edition_id: editionId, organisation_id: organisationIds[0]!, kind: 'sponsor', position: 0 }).execute();
    await db.insertInto('program_day').values({ id: `day-${e}`, edition_id: editionId, date: '2018-10-01', label: null }).execute();
    for (const [s, startsAt] of edition.slots.entries()) {
      await db.insertInto('time_slot').values({ id: `slot-${e}-${s}`, edition_id: editionId, day_id: `day-${e}`, label: null, starts_at: startsAt, ends_at: startsAt, position: s }).execute();
    }
    await db.insertInto('venue').values({
      id: `venue-${e}`, edition_id: editionId, kind: 'virtual_platform', name: encodeJson(edition.name), capacity: 70, platform: 'Zoom',
      join_url: 'https://zoom.example.org/j/1', interpretation_languages: encodeJson(edition.languages), position: 0,
    }).execute();
    for (const [l, title] of edition.lines.entries()) {
      // Later lines hang under the first, so children exist and parents must come first on import.
      await db.insertInto('thematic_line').values({ id: `line-${e}-${edition.lines.length - l}`, edition_id: editionId, parent_id: l === 0 ? null : `line-${e}-${edition.lines.length}`, code: `${l + 1}`, title: encodeJson(title) }).execute();
    }
    for (const [t, name] of edition.themes.entries()) {
      await db.insertInto('theme').values({ id: `theme-${e}-${t}`, edition_id: editionId, code: `T${t}`, name: encodeJson(name) }).execute();
    }
    for (const [s, session] of edition.sessions.entries()) {
      const sessionId = `session-${e}-${s}`;
      await db.insertInto('session').values({
        id: sessionId, edition_id: editionId, code: `${s + 1}.1`, format: 'workshop', title: encodeJson(session.title), summary: null, context: null,
        objectives: encodeJson(session.objectives), main_questions: encodeJson([]), thematic_line_id: null, slot_id: edition.slots.length > 0 ? `slot-${e}-0` : null,
        venue_id: `venue-${e}`, starts_at: null, ends_at: null, duration_minutes: 90, language: 'fr', interpretation_languages: encodeJson(['es']),
        capacity: session.capacity, registration_required: session.registration, status: edition.published ? 'published' : 'draft', proposed_by_user_id: null, ...stamp,
      }).execute();
      if (edition.themes.length > 0) await db.insertInto('session_theme').values({ session_id: sessionId, theme_id: `theme-${e}-0` }).execute();
      for (const sdg of session.sdgs) await db.insertInto('session_sdg').values({ session_id: sessionId, sdg }).execute();
      await db.insertInto('session_organisation').values({ id: `so-${e}-${s}`, session_id: sessionId, organisation_id: organisationIds[0]!, role: 'organiser', position: 0 }).execute();
      await db.insertInto('session_document').values({ id: `doc-${e}-${s}`, session_id: sessionId, title: encodeJson(session.title), url: 'https://example.org/doc', position: 0 }).execute();
      for (const [r, speaker] of [...new Set(session.speakers.map((pick) => pick % Math.max(1, personIds.length)))].entries()) {
        if (personIds.length === 0) break;
        await db.insertInto('session_person_role').values({ id: `role-${e}-${s}-${r}`, session_id: sessionId, person_id: personIds[speaker]!, role: 'speaker', status: r === 0 ? 'confirmed' : 'to_be_confirmed', position: r }).execute();
        await db.insertInto('presentation').values({ id: `pres-${e}-${s}-${r}`, session_id: sessionId, person_id: personIds[speaker]!, initiative_id: null, title: encodeJson(session.title), description: null, position: r }).execute();
      }
    }
    for (const [i, initiative] of edition.initiatives.entries()) {
      const initiativeId = `initiative-${e}-${i}`;
      await db.insertInto('initiative').values({
        id: initiativeId, edition_id: editionId, session_id: edition.sessions.length > 0 ? `session-${e}-0` : null, code: `1.1.${i + 1}`, title: encodeJson(initiative.title),
        description: null, organisation_id: organisationIds[0]!, city: 'Praia', region: null, country: initiative.country, website: null, status: 'published', position: i, ...stamp,
      }).execute();
      if (edition.themes.length > 0) await db.insertInto('initiative_theme').values({ initiative_id: initiativeId, theme_id: `theme-${e}-0` }).execute();
      if (personIds.length > 0) {
        await db.insertInto('initiative_presenter').values({ id: `presenter-${e}-${i}`, initiative_id: initiativeId, person_id: personIds[0]!, role_title: encodeJson(initiative.title), position: 0 }).execute();
      }
    }
    for (const [u] of forum.users.entries()) {
      await db.insertInto('edition_membership').values({ id: `member-${e}-${u}`, edition_id: editionId, user_id: userIds[u]!, role: 'organiser', created_at: stamp.created_at }).execute();
    }
  }
  for (const [a, entry] of forum.audit.entries()) {
    await db.insertInto('audit_entry').values({
      id: `audit-${a}`, edition_id: 'edition-0', actor_user_id: userIds[0] ?? null, action: 'update', entity_type: 'edition', entity_id: 'edition-0',
      before: entry.before === null ? null : encodeJson(entry.before), after: entry.after === null ? null : encodeJson(entry.after), at: stamp.created_at,
    }).execute();
  }
  await db.insertInto('mail_outbox').values({
    id: 'mail-0', recipient: 'ana@example.org', locale: 'es', template: 'welcome', subject: 'Bienvenida', text_body: 'Hola 😀', status: 'queued', attempts: 0,
    last_error: null, claimed_until: null, created_at: stamp.created_at, sent_at: null,
  }).execute();
}
