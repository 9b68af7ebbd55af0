import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEdition, makeSession } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { encodeJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import { mergeOrganisations } from './merge-organisations.js';

describe('merging two organisations', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('moves every reference onto the kept one, never doubling a role, and keeps the other names as aliases', async () => {
    const { db, dialect } = test.storage;
    const now = test.clock.now().toISOString();
    const organisation = (id: string, name: Record<string, string>, acronym: string | null) => db.insertInto('organisation').values({
      id, name: encodeJson({ original: Object.keys(name)[0], text: name }), acronym, kind: 'international_organisation', city: null, country: null, website: null, created_at: now, updated_at: now,
    }).execute();
    await organisation('kept', { fr: 'PNUD' }, 'PNUD');
    await organisation('other', { en: 'UNDP' }, null);
    const edition = await makeEdition(test.context, { slug: 'led-2021-cordoba' });
    const shared = await makeSession(test.context, edition);
    const own = await makeSession(test.context, edition);
    await db.insertInto('session_organisation').values([
      { id: newId(), session_id: shared.id, organisation_id: 'kept', role: 'organiser', position: 0 },
      { id: newId(), session_id: shared.id, organisation_id: 'other', role: 'organiser', position: 1 },
      { id: newId(), session_id: own.id, organisation_id: 'other', role: 'partner', position: 0 },
    ]).execute();
    await db.insertInto('edition_partner').values({ id: newId(), edition_id: edition.id, organisation_id: 'other', kind: 'partner', position: 0 }).execute();
    await mergeOrganisations(db, dialect, 'kept', 'other', now);
    const rows = await db.selectFrom('session_organisation').select(['session_id', 'organisation_id', 'role']).orderBy('position').execute();
    expect(rows.every((row) => row.organisation_id === 'kept')).toBe(true);
    expect(rows.filter((row) => row.session_id === shared.id)).toHaveLength(1);
    expect(rows.filter((row) => row.session_id === own.id)).toHaveLength(1);
    expect((await db.selectFrom('edition_partner').select('organisation_id').execute()).map((row) => row.organisation_id)).toEqual(['kept']);
    expect(await db.selectFrom('organisation').select('id').where('id', '=', 'other').execute()).toEqual([]);
    const kept = await db.selectFrom('organisation').select('name').where('id', '=', 'kept').executeTakeFirstOrThrow();
    expect(dialect.decodeJson<{ text: Record<string, string> }>(kept.name).text).toEqual({ fr: 'PNUD', en: 'UNDP' });
  });
});
