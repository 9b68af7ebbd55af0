import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, makePerson, makeSession } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { encodeJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import { translator } from '../../../i18n/index.js';
import { loadActor, systemActor } from '../../accounts/index.js';
import type { EditionView } from '../../edition/index.js';
import { DomainError } from '../../errors.js';
import { lintEdition, lintMessage, type LintFinding } from './index.js';

describe('the program check of stored data', () => {
  let test: TestApp;
  let edition: EditionView;
  let findings: LintFinding[];
  const fr = (text: string) => ({ original: 'fr' as const, text: { fr: text } });

  beforeAll(async () => {
    test = await createTestApp();
    const { db } = test.storage;
    edition = await makeEdition(test.context, { slug: 'gsef-2018-bilbao' });
    const morning = await makeSession(test.context, edition, { title: fr('Atelier du matin'), startsAt: '2018-10-01T09:00:00.000Z', endsAt: '2018-10-01T10:30:00.000Z' });
    const overlapping = await makeSession(test.context, edition, { title: fr('Atelier parallèle'), startsAt: '2018-10-01T10:00:00.000Z', endsAt: '2018-10-01T11:00:00.000Z' });
    const pending = await makeSession(test.context, edition, { title: fr('Atelier à confirmer') });
    const now = test.clock.now().toISOString();
    await db.insertInto('session').values({
      id: newId(), edition_id: edition.id, code: null, format: 'workshop', title: encodeJson(fr('Atelier de 2017')), summary: null, context: null, objectives: '[]', main_questions: '[]',
      thematic_line_id: null, slot_id: null, venue_id: null, starts_at: '2017-10-01T09:00:00.000Z', ends_at: '2017-10-01T10:00:00.000Z', duration_minutes: 60, language: 'fr',
      interpretation_languages: '[]', capacity: null, registration_required: false, status: 'published', proposed_by_user_id: null, created_at: now, updated_at: now,
    }).execute();
    const everywhere = await makePerson(test.context, 'Ubiquité Partout', 'u@example.org', morning.id);
    await db.insertInto('session_person_role').values({ id: newId(), session_id: overlapping.id, person_id: everywhere, role: 'speaker', status: 'confirmed', position: 1 }).execute();
    const first = await makePerson(test.context, 'Ana Tbc', 'a@example.org');
    const second = await makePerson(test.context, 'Ben Tbc', 'b@example.org');
    for (const [position, person] of [first, second].entries()) {
      await db.insertInto('session_person_role').values({ id: newId(), session_id: pending.id, person_id: person, role: 'speaker', status: 'to_be_confirmed', position }).execute();
    }
    const pasted = 'Dynamiques de collaboration entre les autorités publiques et l’économie sociale';
    await db.insertInto('presentation').values([
      { id: newId(), session_id: morning.id, person_id: everywhere, initiative_id: null, title: encodeJson(fr(pasted)), description: null, position: 0 },
      { id: newId(), session_id: pending.id, person_id: first, initiative_id: null, title: encodeJson(fr(pasted)), description: null, position: 0 },
    ]).execute();
    for (const [code, website] of [['1.1.1', 'https://example.org/'], ['1.1.2', 'www.icoop.co op'], ['5.3.1', null], ['5.3.9', null]] as const) {
      await db.insertInto('initiative').values({
        id: newId(), edition_id: edition.id, session_id: null, code, title: encodeJson(fr(code.startsWith('5.3') ? 'Rencontre d’affaires inclusives' : `Initiative ${code}`)),
        description: null, organisation_id: null, city: null, region: null, country: 'ES', website, status: 'published', position: 0, created_at: now, updated_at: now,
      }).execute();
    }
    findings = await lintEdition(test.context, systemActor, edition.slug);
  });
  afterAll(() => test.close());

  const one = (code: string) => findings.filter((finding) => finding.code === code);

  it('finds a person in two places at once', () => {
    expect(one('person_double_booked')).toHaveLength(1);
    expect(lintMessage(translator('en'), one('person_double_booked')[0]!)).toBe('Ubiquité Partout is in two places at once: "Atelier du matin" and "Atelier parallèle".');
  });

  it('finds a session whose speakers are all to be confirmed', () => {
    expect(one('all_speakers_unconfirmed').map((finding) => finding.params.session)).toEqual(['Atelier à confirmer']);
  });

  it('finds a presentation pasted under another speaker', () => {
    expect(one('duplicate_presentation')).toHaveLength(1);
    expect(one('duplicate_presentation')[0]!.params.other).toBe('Ubiquité Partout');
  });

  it('finds missing bios, malformed addresses and duplicated initiatives', () => {
    expect(one('missing_bio').map((finding) => finding.params.person).sort()).toEqual(['Ana Tbc', 'Ben Tbc', 'Ubiquité Partout']);
    expect(one('malformed_url').map((finding) => finding.params.url)).toEqual(['www.icoop.co op']);
    expect(one('duplicate_initiative')[0]!.params.codes).toBe('5.3.1, 5.3.9');
  });

  it('finds a session outside the forum\'s dates, as documents typed it', () => {
    expect(one('session_outside_dates').map((finding) => lintMessage(translator('fr'), finding))).toEqual(['« Atelier de 2017 » a lieu le 2017-10-01, hors des dates du forum (2018-10-01 – 2018-10-03).']);
  });

  it('lists errors before warnings before notes', () => {
    const order = findings.map((finding) => ({ error: 0, warning: 1, info: 2 })[finding.severity]);
    expect(order).toEqual([...order].sort());
  });

  it('is for the edition\'s organisers only: anybody else is told it does not exist', async () => {
    await makeAccount(test.context, 'speaker@example.org', { editionId: edition.id, role: 'speaker' });
    const other = await makeEdition(test.context, { slug: 'other-forum' });
    await makeAccount(test.context, 'elsewhere@example.org', { editionId: other.id, role: 'organiser' });
    for (const email of ['speaker@example.org', 'elsewhere@example.org']) {
      const user = await test.storage.db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      const actor = await loadActor(test.storage.db, test.storage.dialect, user.id);
      await expect(lintEdition(test.context, actor, edition.slug)).rejects.toThrow(DomainError);
    }
  });
});
